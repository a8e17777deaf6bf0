"""Qt adapters: table model, the bridge from the model's state to Qt signals, workers."""
