<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Announce</name>
    <message>
        <source>No claim selected</source>
        <translation>Утверждение не выбрано</translation>
    </message>
    <message>
        <source>Claim {id}: {figure}, {claimant} ({stance}, {metric}, {destination}); {source}</source>
        <translation>Утверждение {id}: {figure}, {claimant} ({stance}, {metric}, {destination}); {source}</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <source>Search claims, claimants, quotes… (Ctrl+F)</source>
        <translation>Поиск по утверждениям, авторам, цитатам… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search claims</source>
        <translation>Поиск утверждений</translation>
    </message>
    <message>
        <source>Shows only the claims whose claimant, quote, wording, outlet, destination, note or id holds the text. Enter moves to the table.</source>
        <translation>Оставляет только утверждения, у которых этот текст есть в авторе, цитате, формулировке, издании, направлении, примечании или идентификаторе. Enter переводит к таблице.</translation>
    </message>
    <message>
        <source>All destinations</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>Destination filter</source>
        <translation>Фильтр по направлению</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Все показатели</translation>
    </message>
    <message>
        <source>Metric filter</source>
        <translation>Фильтр по показателю</translation>
    </message>
    <message>
        <source>All stances</source>
        <translation>Все позиции</translation>
    </message>
    <message>
        <source>Stance filter</source>
        <translation>Фильтр по позиции</translation>
    </message>
    <message>
        <source>All claimant types</source>
        <translation>Все типы авторов</translation>
    </message>
    <message>
        <source>Claimant type filter</source>
        <translation>Фильтр по типу автора</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Фильтр по источнику</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Show every claim again (Ctrl+Shift+L)</source>
        <translation>Снова показать все утверждения (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Claims shown</source>
        <translation>Показано утверждений</translation>
    </message>
    <message>
        <source>Claims table</source>
        <translation>Таблица утверждений</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n claim(s)</source>
        <translation>
            <numerusform>{shown} из %Ln утверждения</numerusform>
            <numerusform>{shown} из %Ln утверждений</numerusform>
            <numerusform>{shown} из %Ln утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln утверждение</numerusform>
            <numerusform>%Ln утверждения</numerusform>
            <numerusform>%Ln утверждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <source>Figure</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>As worded: {text}</source>
        <translation>Формулировка в тексте: {text}</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Диаграмма сравнения</translation>
    </message>
    <message>
        <source>Comparison chart title</source>
        <translation>Заголовок диаграммы сравнения</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Легенда диаграммы</translation>
    </message>
    <message>
        <source>Up and Down move between the claims; click a bar or point to select it</source>
        <translation>Стрелки вверх и вниз переходят от утверждения к утверждению; щелчок по полосе или точке выбирает его</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>No claim about this destination passes the current filters.</source>
        <translation>Ни одно утверждение об этом направлении не проходит через текущие фильтры.</translation>
    </message>
    <message>
        <source>Claims about {destination} ({n} shown)</source>
        <translation>Куда: {destination} · показано утверждений: {n}</translation>
    </message>
    <message>
        <source>{metric} a day</source>
        <translation>{metric} в день</translation>
    </message>
    <message>
        <source>✕ denies {metric}</source>
        <translation>✕ отрицает: {metric}</translation>
    </message>
    <message>
        <source>{metric}, no figure</source>
        <translation>{metric}, без цифры</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>отрицание</translation>
    </message>
    <message>
        <source>◇ no figure · open end = “up to” · ▶ = “at least”</source>
        <translation>◇ без цифры · открытый край = «до» · ▶ = «не менее»</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Claims Atlas hit an unexpected error. The window stays open and what you were looking at is kept.</source>
        <translation>В Claims Atlas произошла непредвиденная ошибка. Окно остаётся открытым, и всё, что вы просматривали, сохранено.</translation>
    </message>
    <message>
        <source>The details were saved to {path}.</source>
        <translation>Подробности сохранены в файл {path}.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
</context>
<context>
    <name>LoadWorker</name>
    <message>
        <source>Reading tables…</source>
        <translation>Чтение таблиц…</translation>
    </message>
    <message>
        <source>Preparing the table…</source>
        <translation>Подготовка таблицы…</translation>
    </message>
    <message>
        <source>Checking quotes…</source>
        <translation>Проверка цитат…</translation>
    </message>
    <message>
        <source>{folder}: could not be read ({error})</source>
        <translation>{folder}: не удалось прочитать ({error})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Dataset Folder…</source>
        <translation>&amp;Открыть папку с данными…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find in Claims</source>
        <translation>&amp;Найти в утверждениях</translation>
    </message>
    <message>
        <source>&amp;Reset Map View</source>
        <translation>&amp;Сбросить вид карты</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>С&amp;ледующая панель</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Предыдущая панель</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Claims Atlas</source>
        <translation>&amp;О программе Claims Atlas</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>Cl&amp;aims</source>
        <translation>&amp;Утверждения</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation>С&amp;равнение</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Пр&amp;облемы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop opening the dataset; what is shown stays</source>
        <translation>Прекратить открытие данных; то, что уже показано, останется</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Claims Atlas {version}

See every contested figure about people on the move, and trace each to its words.

Data shown: the dataset you opened (its own sources and licences are listed in its datapackage.json).
The bundled dataset is built from two articles of 6 October 2022 (Hindustan Times / Reuters; Breitbart);
the article texts remain their publishers&apos; copyright.

Borders: Natural Earth 1:50m (public domain), via the world-atlas package 2.0.2 (ISC licence, Mike Bostock),
with Crimea drawn as part of Ukraine. Country names: pycountry (ISO 3166, LGPL).
Built with Qt for Python (PySide6, LGPL), pyqtgraph (MIT), pandas (BSD) and NumPy (BSD).

Claims Atlas never connects to the network: URLs are shown, never fetched.</source>
        <translation>Claims Atlas {version}

Все спорные цифры о перемещении людей — и путь от каждой из них к словам, откуда она взята.

Показанные данные: открытый вами набор данных (его источники и лицензии перечислены в его datapackage.json).
Встроенный набор данных составлен по двум статьям от 6 октября 2022 года (Hindustan Times / Reuters; Breitbart);
авторские права на тексты статей принадлежат их издателям.

Границы: Natural Earth 1:50m (общественное достояние), через пакет world-atlas 2.0.2 (лицензия ISC, Mike Bostock),
Крым показан как часть Украины. Названия стран: pycountry (ISO 3166, LGPL).
Создано с помощью Qt for Python (PySide6, LGPL), pyqtgraph (MIT), pandas (BSD) и NumPy (BSD).

Claims Atlas никогда не подключается к сети: адреса показываются, но не открываются.</translation>
    </message>
    <message>
        <source>About Claims Atlas</source>
        <translation>О программе Claims Atlas</translation>
    </message>
    <message>
        <source>Open a dataset folder</source>
        <translation>Открыть папку с данными</translation>
    </message>
    <message>
        <source>Opening {folder}…</source>
        <translation>Открывается {folder}…</translation>
    </message>
    <message>
        <source>Cannot open dataset</source>
        <translation>Не удаётся открыть данные</translation>
    </message>
    <message>
        <source>{folder} cannot be opened:</source>
        <translation>Не удаётся открыть {folder}:</translation>
    </message>
    <message>
        <source>A dataset is a folder with datapackage.json, sources.csv, claims.csv and articles/ (see the dataset format in the docs).</source>
        <translation>Набор данных — это папка с файлами datapackage.json, sources.csv, claims.csv и папкой articles/ (см. описание формата в документации).</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>Данные не открыты</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%Ln утверждение</numerusform>
            <numerusform>%Ln утверждения</numerusform>
            <numerusform>%Ln утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) (see Problems)</source>
        <translation>
            <numerusform>%Ln проблема (см. «Проблемы»)</numerusform>
            <numerusform>%Ln проблемы (см. «Проблемы»)</numerusform>
            <numerusform>%Ln проблем (см. «Проблемы»)</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>проблем нет</translation>
    </message>
    <message>
        <source>selected {claim} (hidden by the filters: Ctrl+Shift+L clears them)</source>
        <translation>выбрано {claim} (скрыто фильтрами; Ctrl+Shift+L сбрасывает их)</translation>
    </message>
    <message>
        <source>selected {claim}</source>
        <translation>выбрано {claim}</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Map of flows</source>
        <translation>Карта потоков</translation>
    </message>
    <message>
        <source>Arrow keys move from flow to flow; + and − zoom, Ctrl+0 shows all flows</source>
        <translation>Стрелки переходят от потока к потоку; + и − меняют масштаб, Ctrl+0 показывает все потоки</translation>
    </message>
    <message>
        <source>Map title</source>
        <translation>Заголовок карты</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Сбросить вид</translation>
    </message>
    <message>
        <source>Show all flows again (Ctrl+0)</source>
        <translation>Снова показать все потоки (Ctrl+0)</translation>
    </message>
    <message>
        <source>Map legend</source>
        <translation>Легенда карты</translation>
    </message>
    <message>
        <source>Flow to {destination}: {lines}</source>
        <translation>Поток, куда: {destination}; {lines}</translation>
    </message>
    <message>
        <source>Flows from {country}</source>
        <translation>Потоки из страны: {country}</translation>
    </message>
    <message>
        <source>no shape for {codes}</source>
        <translation>нет контуров для {codes}</translation>
    </message>
    <message>
        <source>Abroad, all destinations</source>
        <translation>За рубеж, все направления</translation>
    </message>
    <message>
        <source>✕ denied by {n}</source>
        <translation>✕ отрицают: {n}</translation>
    </message>
    <message>
        <source>Click to see the denial: {claims}</source>
        <translation>Щёлкните, чтобы увидеть опровержение: {claims}</translation>
    </message>
    <message>
        <source>from {country}</source>
        <translation>из страны: {country}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more claim(s)</source>
        <translation>
            <numerusform>… и ещё %Ln утверждение</numerusform>
            <numerusform>… и ещё %Ln утверждения</numerusform>
            <numerusform>… и ещё %Ln утверждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Each problem as FILE:LINE: COLUMN: message</source>
        <translation>Каждая проблема в виде ФАЙЛ:СТРОКА: СТОЛБЕЦ: сообщение</translation>
    </message>
    <message>
        <source>The row with the problem</source>
        <translation>Строка с проблемой</translation>
    </message>
    <message>
        <source>Click a problem to see the line it names.</source>
        <translation>Щёлкните по проблеме, чтобы увидеть строку, о которой она говорит.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): those rows were left out, the rest loaded.</source>
        <translation>
            <numerusform>%Ln проблема: эти строки пропущены, остальное загружено.</numerusform>
            <numerusform>%Ln проблемы: эти строки пропущены, остальное загружено.</numerusform>
            <numerusform>%Ln проблем: эти строки пропущены, остальное загружено.</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first {n} are listed; run &apos;claims-atlas check&apos; for all)</source>
        <translation>(показаны первые {n}; полный список выводит команда «claims-atlas check»)</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {error}</source>
        <translation>Не удаётся открыть {file}: {error}</translation>
    </message>
</context>
<context>
    <name>SourcePane</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of QLocale::toString, e.g. 6 Oct 2022</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Source pane</source>
        <translation>Панель источника</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>Article title</source>
        <translation>Заголовок статьи</translation>
    </message>
    <message>
        <source>Outlet, date and byline</source>
        <translation>Издание, дата и автор</translation>
    </message>
    <message>
        <source>Address of the article</source>
        <translation>Адрес статьи</translation>
    </message>
    <message>
        <source>The address is shown, never fetched. Select it to copy it.</source>
        <translation>Адрес только показывается и никогда не открывается. Выделите его, чтобы скопировать.</translation>
    </message>
    <message>
        <source>Selected claim</source>
        <translation>Выбранное утверждение</translation>
    </message>
    <message>
        <source>Other claims on this flow</source>
        <translation>Другие утверждения об этом потоке</translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation>Утверждение не выбрано</translation>
    </message>
    <message>
        <source>Select a claim in the table, on the map or in the chart to see its source.</source>
        <translation>Выберите утверждение в таблице, на карте или на диаграмме, чтобы увидеть его источник.</translation>
    </message>
    <message>
        <source>(no URL given)</source>
        <translation>(адрес не указан)</translation>
    </message>
    <message>
        <source>{claimant} {stance}: {figure} ({metric})</source>
        <translation>{claimant} {stance}: {figure} ({metric})</translation>
    </message>
    <message>
        <source>Quote: {quote}</source>
        <translation>Цитата: {quote}</translation>
    </message>
    <message>
        <source>(The article could not be read: {error})</source>
        <translation>(Не удалось прочитать статью: {error})</translation>
    </message>
    <message>
        <source>Click to select this claim.</source>
        <translation>Щёлкните, чтобы выбрать это утверждение.</translation>
    </message>
    <message>
        <source>No other claim on this flow.</source>
        <translation>Других утверждений об этом потоке нет.</translation>
    </message>
    <message>
        <source>… and {n} more (filter the table by this destination)</source>
        <translation>… и ещё {n} (отфильтруйте таблицу по этому направлению)</translation>
    </message>
</context>
<context>
    <name>WidthLegend</name>
    <message>
        <source>Width:</source>
        <translation>Толщина:</translation>
    </message>
    <message>
        <source>people · dotted: no figure · dashed: per day ·</source>
        <translation>человек · точками: без цифры · штрихами: в день ·</translation>
    </message>
    <message>
        <source>✕ denied</source>
        <translation>✕ отрицается</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>Abroad</source>
        <comment>the destination of a flow to all countries at once</comment>
        <translation>За рубеж</translation>
    </message>
    <message>
        <source> + </source>
        <comment>between the countries of a destination group</comment>
        <translation> + </translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <comment>a figure given as a range</comment>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>up to {n}</source>
        <comment>a figure given as a maximum</comment>
        <translation>до {n}</translation>
    </message>
    <message>
        <source>at least {n}</source>
        <comment>a figure given as a minimum</comment>
        <translation>не менее {n}</translation>
    </message>
    <message>
        <source>{figure} a day</source>
        <comment>a daily rate, e.g. 10,000 a day</comment>
        <translation>{figure} в день</translation>
    </message>
    <message>
        <source>no figure</source>
        <comment>a claim that gives no number</comment>
        <translation>без цифры</translation>
    </message>
    <message>
        <source>no claim</source>
        <comment>a flow that only has denials</comment>
        <translation>нет утверждений</translation>
    </message>
    <message>
        <source>{metric} {figure}</source>
        <comment>a line of a flow label, e.g. entered 200,000</comment>
        <translation>{metric}: {figure}</translation>
    </message>
    <message>
        <source>{line} · denied ({n})</source>
        <comment>n: how many claims deny the flow</comment>
        <translation>{line} · отрицается ({n})</translation>
    </message>
    <message>
        <source>left</source>
        <comment>metric: people who left the origin country</comment>
        <translation>уехали</translation>
    </message>
    <message>
        <source>entered</source>
        <comment>metric: people who entered the destination</comment>
        <translation>въехали</translation>
    </message>
    <message>
        <source>exited</source>
        <comment>metric: people who left the destination again</comment>
        <translation>выехали</translation>
    </message>
    <message>
        <source>registered</source>
        <comment>metric: people who applied for papers or residency</comment>
        <translation>зарегистрировались</translation>
    </message>
    <message>
        <source>stayed</source>
        <comment>metric: people still there at the end of the period</comment>
        <translation>остались</translation>
    </message>
    <message>
        <source>other</source>
        <comment>metric: anything else</comment>
        <translation>другое</translation>
    </message>
    <message>
        <source>asserts</source>
        <comment>stance: the claimant states the figure</comment>
        <translation>утверждает</translation>
    </message>
    <message>
        <source>denies</source>
        <comment>stance: the claimant rejects the figure</comment>
        <translation>отрицает</translation>
    </message>
    <message>
        <source>government</source>
        <comment>claimant type</comment>
        <translation>власти</translation>
    </message>
    <message>
        <source>anonymous</source>
        <comment>claimant type</comment>
        <translation>анонимный источник</translation>
    </message>
    <message>
        <source>media</source>
        <comment>claimant type</comment>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>organization</source>
        <comment>claimant type</comment>
        <translation>организация</translation>
    </message>
    <message>
        <source>other</source>
        <comment>claimant type</comment>
        <translation>другое</translation>
    </message>
    <message>
        <source>agrees</source>
        <comment>relation: the other claim&apos;s range overlaps</comment>
        <translation>согласуется</translation>
    </message>
    <message>
        <source>differs</source>
        <comment>relation: the ranges do not overlap</comment>
        <translation>расходится</translation>
    </message>
    <message>
        <source>denies</source>
        <comment>relation: the other claim denies the selected one</comment>
        <translation>отрицает</translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>relation: the selected claim is a denial of this one</comment>
        <translation>оспорено</translation>
    </message>
</context>
</TS>
