"""Reading a dataset folder: its files read safely, its tables and descriptor, the typed Dataset."""
