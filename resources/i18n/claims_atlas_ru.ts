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
    <name>ArticleImport</name>
    <message>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.pdf *.txt);;All files (*)</source>
        <translation>Статьи (*.html *.htm *.pdf *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>Чтение статей…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>Comparing with the dataset&apos;s articles…</source>
        <translation>Сравнение со статьями набора данных…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Импорт отменён; ничего не добавлено.</translation>
    </message>
    <message>
        <source>{file}: {what}</source>
        <translation>{file}: {what}</translation>
    </message>
    <message>
        <source>already in the dataset as {id}; nothing added</source>
        <translation>уже есть в наборе данных как {id}; ничего не добавлено</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Некоторые файлы не импортированы</translation>
    </message>
    <message>
        <source>a source or an article file already has the id {id}; import it again with another id</source>
        <translation>код {id} уже занят источником или файлом статьи; импортируйте файл снова с другим кодом</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>Набор данных не открыт</translation>
    </message>
    <message>
        <source>Articles are added to a dataset, and none is open. Make a new dataset for them? (Or open one with File › Open, then import again.)</source>
        <translation>Статьи добавляются в набор данных, а ни один не открыт. Создать для них новый набор данных? (Или откройте набор через Файл › Открыть и импортируйте снова.)</translation>
    </message>
    <message>
        <source>&amp;New Dataset…</source>
        <translation>&amp;Создать набор данных…</translation>
    </message>
</context>
<context>
    <name>ArticleTextDialog</name>
    <message>
        <source>Edit Article Text — {title}</source>
        <translation>Текст статьи — {title}</translation>
    </message>
    <message numerus="yes">
        <source>The article of {source} as plain text. %n claim(s) quote it: on OK each quote is found again in the edited text; one that cannot be found is kept as it was and listed in Problems, never deleted. The text is written with the next save.</source>
        <translation>
            <numerusform>Статья источника {source} как простой текст. Её цитирует %n утверждение: после «Применить» каждая цитата будет найдена в изменённом тексте заново; ненайденная останется как была и попадёт в «Проблемы», но не будет удалена. Текст записывается при следующем сохранении.</numerusform>
            <numerusform>Статья источника {source} как простой текст. Её цитируют %n утверждения: после «Применить» каждая цитата будет найдена в изменённом тексте заново; ненайденная останется как была и попадёт в «Проблемы», но не будет удалена. Текст записывается при следующем сохранении.</numerusform>
            <numerusform>Статья источника {source} как простой текст. Её цитируют %n утверждений: после «Применить» каждая цитата будет найдена в изменённом тексте заново; ненайденная останется как была и попадёт в «Проблемы», но не будет удалена. Текст записывается при следующем сохранении.</numerusform>
        </translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Edit Claim {id}</source>
        <translation>Правка утверждения {id}</translation>
    </message>
    <message>
        <source>New Claim</source>
        <translation>Новое утверждение</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Цитата:</translation>
    </message>
    <message>
        <source>Words &amp;before:</source>
        <translation>Слова д&amp;о:</translation>
    </message>
    <message>
        <source>Words a&amp;fter:</source>
        <translation>Слова &amp;после:</translation>
    </message>
    <message>
        <source>Claimant &amp;type:</source>
        <translation>&amp;Тип автора:</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>Позици&amp;я:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>Показате&amp;ль:</translation>
    </message>
    <message>
        <source>O&amp;rigin:</source>
        <translation>От&amp;куда:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>К&amp;уда:</translation>
    </message>
    <message>
        <source>&amp;Low bound:</source>
        <translation>&amp;Нижняя граница:</translation>
    </message>
    <message>
        <source>&amp;High bound:</source>
        <translation>&amp;Верхняя граница:</translation>
    </message>
    <message>
        <source>Figure as &amp;worded:</source>
        <translation>Цифра &amp;дословно:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Единица:</translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation>Период &amp;с:</translation>
    </message>
    <message>
        <source>Cl&amp;aimant:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <source>P&amp;eriod until:</source>
        <translation>Пе&amp;риод по:</translation>
    </message>
    <message>
        <source>Claim &amp;id:</source>
        <translation>Код утвер&amp;ждения:</translation>
    </message>
    <message>
        <source>Column {column} of claims.csv</source>
        <translation>Столбец {column} файла claims.csv</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>people a day</source>
        <translation>человек в день</translation>
    </message>
    <message>
        <source>(not given: people)</source>
        <translation>(не указано: человек)</translation>
    </message>
    <message>
        <source>only when the quote occurs more than once</source>
        <translation>только если цитата встречается не один раз</translation>
    </message>
    <message>
        <source>a country name or code; empty: abroad as a whole</source>
        <translation>название страны или код; пусто: за рубеж в целом</translation>
    </message>
    <message>
        <source>empty: the dataset&apos;s origin ({origin})</source>
        <translation>пусто: откуда по набору данных ({origin})</translation>
    </message>
    <message>
        <source>empty: made from the source id</source>
        <translation>пусто: создаётся из кода источника</translation>
    </message>
    <message>
        <source>digits only, e.g. 70000</source>
        <translation>только цифры, например 70000</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Keep Claim</source>
        <translation>Сохранить утверждение</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Problems of this claim</source>
        <translation>Проблемы этого утверждения</translation>
    </message>
    <message>
        <source>A guess from the article&apos;s words ({sure}% sure): check it.</source>
        <translation>Догадка по словам статьи (уверенность {sure}%): проверьте её.</translation>
    </message>
    <message>
        <source>Fields marked ≈ (in italics) are guesses from the article&apos;s words; check them, then press Enter to keep the claim.</source>
        <translation>Поля с пометкой ≈ (курсивом) — догадки по словам статьи; проверьте их и нажмите Enter, чтобы сохранить утверждение.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Проблем нет.</translation>
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
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Clear Filters clears the range of dates; Now in the timeline shows every claim again, whenever published</source>
        <translation>«Сбросить фильтры» сбрасывает диапазон дат; «Сейчас» в хронологии снова показывает все утверждения, когда бы они ни были опубликованы</translation>
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
        <source>Claim ID</source>
        <translation>ID утверждения</translation>
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
        <source>Claims about {destination} ({n} shown)</source>
        <translation>Куда: {destination} · показано утверждений: {n}</translation>
    </message>
    <message>
        <source>Claims about abroad as a whole ({n} shown)</source>
        <translation>Куда: за рубеж в целом · показано утверждений: {n}</translation>
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
        <source>no figure</source>
        <translation>без цифры</translation>
    </message>
    <message>
        <source>{stance}, {metric}:</source>
        <translation>{stance}, {metric}:</translation>
    </message>
    <message>
        <source>No claim could be loaded: each has a problem (see Problems).</source>
        <translation>Ни одно утверждение не загружено: у каждого есть проблема (см. «Проблемы»).</translation>
    </message>
    <message>
        <source>The dataset holds no claims.</source>
        <translation>В наборе данных нет ни одного утверждения.</translation>
    </message>
    <message numerus="yes">
        <source>No claim about {destination} had been published by {day}; %n claim(s) came later.</source>
        <translation>
            <numerusform>Куда: {destination} — к {day} утверждений ещё не было; %n утверждение появилось позже.</numerusform>
            <numerusform>Куда: {destination} — к {day} утверждений ещё не было; %n утверждения появились позже.</numerusform>
            <numerusform>Куда: {destination} — к {day} утверждений ещё не было; %n утверждений появилось позже.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The current filters hide the %n claim(s) about {destination}.</source>
        <translation>
            <numerusform>Куда: {destination} — текущие фильтры скрывают %n утверждение.</numerusform>
            <numerusform>Куда: {destination} — текущие фильтры скрывают %n утверждения.</numerusform>
            <numerusform>Куда: {destination} — текущие фильтры скрывают %n утверждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is about abroad as a whole; select a claim to see the claims about its destination.</source>
        <translation>Нет утверждений о выезде за рубеж в целом; выберите утверждение, чтобы увидеть утверждения о его направлении.</translation>
    </message>
    <message>
        <source>No claim is about {destination}.</source>
        <translation>Куда: {destination} — нет ни одного утверждения.</translation>
    </message>
    <message>
        <source> · {first}–{last} of {n} in view (↑↓)</source>
        <translation> · видно {first}–{last} из {n} (↑↓)</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>отрицание</translation>
    </message>
    <message>
        <source>● one figure (not a range)</source>
        <translation>● одно число (не диапазон)</translation>
    </message>
    <message>
        <source>◇ no figure</source>
        <translation>◇ без цифры</translation>
    </message>
    <message>
        <source>░▒▓ fades in from 0 = “up to”</source>
        <translation>░▒▓ бледнеет к 0 = «до»</translation>
    </message>
    <message>
        <source>▶ = “at least”</source>
        <translation>▶ = «не менее»</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on Disk</source>
        <translation>Изменено на диске</translation>
    </message>
    <message numerus="yes">
        <source>{files} changed on disk (another program saved it) while you had unsaved edits. Your edits to other records are kept (%n edit(s)). These records were changed both here and there: choose which to keep for each.</source>
        <translation>
            <numerusform>{files} изменился на диске (его сохранила другая программа), пока у вас были несохранённые правки. Ваши правки других записей сохраняются (%n правка). Эти записи изменены и здесь, и там: выберите, что оставить для каждой.</numerusform>
            <numerusform>{files} изменился на диске (его сохранила другая программа), пока у вас были несохранённые правки. Ваши правки других записей сохраняются (%n правки). Эти записи изменены и здесь, и там: выберите, что оставить для каждой.</numerusform>
            <numerusform>{files} изменился на диске (его сохранила другая программа), пока у вас были несохранённые правки. Ваши правки других записей сохраняются (%n правок). Эти записи изменены и здесь, и там: выберите, что оставить для каждой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Records changed both here and on disk</source>
        <translation>Записи, изменённые и здесь, и на диске</translation>
    </message>
    <message>
        <source>How the record differs</source>
        <translation>Чем различаются версии записи</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Взять &amp;их</translation>
    </message>
    <message>
        <source>Keep Mine for &amp;All</source>
        <translation>Моё для &amp;всех</translation>
    </message>
    <message>
        <source>Take Theirs for A&amp;ll</source>
        <translation>Их для вс&amp;ех</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <source>Not &amp;Now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>Keep your edits as they are and do not read the file again; saving will ask again</source>
        <translation>Оставить ваши правки как есть и не перечитывать файл; при сохранении вопрос будет задан снова</translation>
    </message>
    <message>
        <source>Claim {id}</source>
        <translation>Утверждение {id}</translation>
    </message>
    <message>
        <source>Source {id}</source>
        <translation>Источник {id}</translation>
    </message>
    <message>
        <source>changed here and on disk</source>
        <translation>изменено здесь и на диске</translation>
    </message>
    <message>
        <source>edited here, removed on disk</source>
        <translation>изменено здесь, удалено на диске</translation>
    </message>
    <message>
        <source>removed here, changed on disk</source>
        <translation>удалено здесь, изменено на диске</translation>
    </message>
    <message>
        <source>added here and on disk, differently</source>
        <translation>добавлено здесь и на диске, по-разному</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(записи нет)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yours:</source>
        <translation>ваше:</translation>
    </message>
    <message>
        <source>on disk:</source>
        <translation>на диске:</translation>
    </message>
    <message>
        <source>as read:</source>
        <translation>как было прочитано:</translation>
    </message>
</context>
<context>
    <name>DatasetFiles</name>
    <message>
        <source>Changed on disk</source>
        <translation>Изменено на диске</translation>
    </message>
    <message>
        <source>&amp;Reload, Keeping My Edits</source>
        <translation>&amp;Перечитать, сохранив мои правки</translation>
    </message>
    <message>
        <source>{files} changed on disk since it was read, so saving would overwrite that change. Reload it, keeping your unsaved edits? You are asked about each record changed both here and there.</source>
        <translation>{files} изменился на диске после чтения, и сохранение затёрло бы это изменение. Перечитать файл, сохранив ваши несохранённые правки? О каждой записи, изменённой и здесь, и там, вас спросят.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot reload the dataset</source>
        <translation>Не удаётся перечитать набор данных</translation>
    </message>
    <message numerus="yes">
        <source>{files} changed on disk and was read again; your unsaved edits are kept (%n step(s)).</source>
        <translation>
            <numerusform>{files} изменился на диске и прочитан заново; ваши несохранённые правки сохранены (%n шаг).</numerusform>
            <numerusform>{files} изменился на диске и прочитан заново; ваши несохранённые правки сохранены (%n шага).</numerusform>
            <numerusform>{files} изменился на диске и прочитан заново; ваши несохранённые правки сохранены (%n шагов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some edits could not be made again</source>
        <translation>Некоторые правки не удалось повторить</translation>
    </message>
    <message>
        <source>These unsaved edits could not be made on the records as they now are on disk:</source>
        <translation>Эти несохранённые правки не удалось внести в записи в их нынешнем виде на диске:</translation>
    </message>
    <message>
        <source>Reloaded; your edits are kept. Save again to write them.</source>
        <translation>Перечитано, ваши правки сохранены в окне. Сохраните ещё раз, чтобы записать их.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>{folder} could not be written ({error}); nothing was changed on disk and your edits are kept.</source>
        <translation>Не удалось записать {folder} ({error}); на диске ничего не изменилось, ваши правки сохранены в окне.</translation>
    </message>
    <message>
        <source>Saved {folder}</source>
        <translation>Сохранено: {folder}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>{title} has unsaved changes. Save them?</source>
        <translation>В «{title}» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <source>new-dataset</source>
        <translation>new-dataset</translation>
    </message>
    <message>
        <source>Cannot make the dataset</source>
        <translation>Не удаётся создать набор данных</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <source>&amp;New Dataset…</source>
        <translation>Со&amp;здать набор данных…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>&amp;Импорт статьи…</translation>
    </message>
    <message>
        <source>Add articles (saved pages, PDFs, text files) as new sources; dropping them on the window does the same</source>
        <translation>Добавить статьи (сохранённые страницы, PDF, текстовые файлы) как новые источники; то же делает перетаскивание их в окно</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>New &amp;Claim from Selection</source>
        <translation>Новое &amp;утверждение из выделенного</translation>
    </message>
    <message>
        <source>Select words in the source pane&apos;s article, then press C</source>
        <translation>Выделите слова в статье на панели источника и нажмите C</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Изменить утверждение…</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>У&amp;далить утверждение</translation>
    </message>
    <message>
        <source>Edit &amp;Article Text…</source>
        <translation>Изменить &amp;текст статьи…</translation>
    </message>
    <message>
        <source>Edit the text of the article shown in the source pane; its quotes are found again in it</source>
        <translation>Изменить текст статьи, показанной на панели источника; цитаты будут найдены в нём заново</translation>
    </message>
    <message>
        <source>Edit &amp;Source…</source>
        <translation>Изменить и&amp;сточник…</translation>
    </message>
    <message>
        <source>Edit the outlet, title, date, URL, byline or language of the source shown in the source pane</source>
        <translation>Изменить издание, заголовок, дату, URL, автора или язык источника, показанного в панели источника</translation>
    </message>
    <message>
        <source>Dele&amp;te Source</source>
        <translation>Удалить исто&amp;чник</translation>
    </message>
    <message>
        <source>Delete the source shown in the source pane (while no claim cites it)</source>
        <translation>Удалить источник, показанный в панели источника (пока его не цитирует ни одно утверждение)</translation>
    </message>
    <message>
        <source>Not kept: “{typed}” is not a figure. Write 4000, 3000-4000, -700000 (up to), 100000- (at least), or in words: “up to 4,000”, “около 3 тысяч”.</source>
        <translation>Не сохранено: «{typed}» — не число. Пишите 4000, 3000-4000, -700000 (до), 100000- (не менее) или словами: «до 4 тысяч», «около 3 тысяч».</translation>
    </message>
    <message>
        <source>Not kept: the claim would have a problem; mend it in the form, or press Esc to leave the claim as it was.</source>
        <translation>Не сохранено: у утверждения была бы проблема; исправьте её в форме или нажмите Esc, чтобы оставить утверждение как было.</translation>
    </message>
    <message>
        <source>Cannot edit the article</source>
        <translation>Не удаётся изменить статью</translation>
    </message>
    <message numerus="yes">
        <source>Article {id} edited; %n quote(s) found again.</source>
        <translation>
            <numerusform>Статья {id} изменена; найдена заново %n цитата.</numerusform>
            <numerusform>Статья {id} изменена; найдены заново %n цитаты.</numerusform>
            <numerusform>Статья {id} изменена; найдены заново %n цитат.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes not found in the edited text</source>
        <translation>Цитаты не найдены в изменённом тексте</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) could not be found in the edited text. Their claims are kept as they were and listed in Problems; mend each quote, or undo the edit (Ctrl+Z):</source>
        <translation>
            <numerusform>%n цитату не удалось найти в изменённом тексте. Её утверждение оставлено как было и указано в «Проблемах»; исправьте цитату или отмените правку (Ctrl+Z):</numerusform>
            <numerusform>%n цитаты не удалось найти в изменённом тексте. Их утверждения оставлены как были и указаны в «Проблемах»; исправьте каждую цитату или отмените правку (Ctrl+Z):</numerusform>
            <numerusform>%n цитат не удалось найти в изменённом тексте. Их утверждения оставлены как были и указаны в «Проблемах»; исправьте каждую цитату или отмените правку (Ctrl+Z):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Отменить: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Повторить: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
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
        <translation>В Claims Atlas произошла непредвиденная ошибка. Окно остаётся открытым, и то, что вы просматривали, остаётся на месте.</translation>
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
    <name>ExportController</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Map…</source>
        <translation>&amp;Карта…</translation>
    </message>
    <message>
        <source>Comparison &amp;Chart…</source>
        <translation>&amp;Диаграмма сравнения…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Отчёт…</translation>
    </message>
    <message>
        <source>Claims as CS&amp;V…</source>
        <translation>Утверждения в &amp;CSV…</translation>
    </message>
    <message>
        <source>PNG image, twice the pixels (*.png);;SVG vector image (*.svg)</source>
        <translation>Изображение PNG, вдвое больше пикселей (*.png);;Векторное изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>Отчёт HTML (*.html);;Отчёт PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV in the dataset format (*.csv)</source>
        <translation>CSV в формате набора данных (*.csv)</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Export the comparison chart</source>
        <translation>Экспорт диаграммы сравнения</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Export the claims as CSV</source>
        <translation>Экспорт утверждений в CSV</translation>
    </message>
    <message>
        <source>the map</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>the chart</source>
        <translation>диаграмма</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>the claims table</source>
        <translation>таблица утверждений</translation>
    </message>
    <message>
        <source>{n} claims are too many for a PDF (at most {max}). Export the report as HTML, or narrow the filters.</source>
        <translation>Утверждений слишком много для PDF: {n} (не больше {max}). Экспортируйте отчёт в HTML или сузьте фильтры.</translation>
    </message>
    <message>
        <source>Another export is still being written; wait for it or cancel it first.</source>
        <translation>Предыдущий экспорт ещё записывается; дождитесь его или отмените.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Экспортировано: {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Экспорт невозможен</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Map (PNG or SVG)</source>
        <translation>Карта (PNG или SVG)</translation>
    </message>
    <message>
        <source>Comparison chart (PNG or SVG)</source>
        <translation>Диаграмма сравнения (PNG или SVG)</translation>
    </message>
    <message>
        <source>Report with every quote and source (HTML or PDF)</source>
        <translation>Отчёт со всеми цитатами и источниками (HTML или PDF)</translation>
    </message>
    <message>
        <source>Claims table in the dataset format (CSV)</source>
        <translation>Таблица утверждений в формате набора данных (CSV)</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>Claims passing the current filters ({n})</source>
        <translation>Утверждения, прошедшие текущие фильтры ({n})</translation>
    </message>
    <message>
        <source>Every claim on the selected flow: {flow} ({n})</source>
        <translation>Все утверждения о выбранном потоке: {flow} ({n})</translation>
    </message>
    <message>
        <source>Every claim on the selected flow (no claim is selected)</source>
        <translation>Все утверждения о выбранном потоке (утверждение не выбрано)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Экспорт:</translation>
    </message>
    <message>
        <source>Of:</source>
        <translation>Каких:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>The map shows every flow, framed as in the window.</source>
        <translation>Карта показывает все потоки в том же кадре, что и в окне.</translation>
    </message>
    <message>
        <source>The chart shows the claims on the destination in view, under the current filters.</source>
        <translation>Диаграмма показывает утверждения о показанном направлении с учётом текущих фильтров.</translation>
    </message>
    <message>
        <source>The file&apos;s ending chooses the format: {endings}</source>
        <translation>Формат определяется расширением файла: {endings}</translation>
    </message>
    <message>
        <source>Give a file to write.</source>
        <translation>Укажите файл для записи.</translation>
    </message>
    <message>
        <source>End the file name with {endings}.</source>
        <translation>Имя файла должно оканчиваться на {endings}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>destination {name}</source>
        <translation>направление {name}</translation>
    </message>
    <message>
        <source>search “{text}”</source>
        <translation>поиск «{text}»</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>показатель</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>позиция</translation>
    </message>
    <message>
        <source>claimant type</source>
        <translation>тип источника утверждения</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>Every claim on the flow of claim {claim}: {flow}</source>
        <translation>Все утверждения о потоке утверждения {claim}: {flow}</translation>
    </message>
    <message>
        <source>filters: {filters}</source>
        <translation>фильтры: {filters}</translation>
    </message>
    <message>
        <source>Claims passing the filters: {filters}</source>
        <translation>Утверждения, прошедшие фильтры: {filters}</translation>
    </message>
    <message>
        <source>Every claim loaded from the dataset</source>
        <translation>Все загруженные утверждения набора данных</translation>
    </message>
    <message>
        <source>Every claim in the dataset</source>
        <translation>Все утверждения набора данных</translation>
    </message>
    <message>
        <source>{n} cells start with =, +, - or @ (the first: claim {claim}, column {column}); they are written exactly as in the dataset, but a spreadsheet may run them as formulas. Open the file as text, or import it with every column as text.</source>
        <translation>Ячеек, начинающихся с =, +, - или @: {n} (первая: утверждение {claim}, столбец {column}); они записаны в точности как в наборе данных, но электронная таблица может выполнить их как формулы. Откройте файл как текст или импортируйте его, указав для всех столбцов текстовый формат.</translation>
    </message>
    <message>
        <source>No figure is shown, so no source is cited.</source>
        <translation>Чисел не показано, поэтому источники не указаны.</translation>
    </message>
    <message>
        <source>Sources of the figures shown: {sources}</source>
        <translation>Источники показанных чисел: {sources}</translation>
    </message>
    <message>
        <source>… and {n} more (a report of these claims lists them all).</source>
        <translation>… и ещё {n} (все перечислены в отчёте по этим утверждениям).</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>На {day}</translation>
    </message>
    <message>
        <source>Made with Claims Atlas {version} from the dataset “{title}”.</source>
        <translation>Сделано в Claims Atlas {version} по набору данных «{title}».</translation>
    </message>
    <message>
        <source>Borders: Natural Earth (public domain).</source>
        <translation>Границы: Natural Earth (общественное достояние).</translation>
    </message>
    <message>
        <source>arrow width by the largest figure claimed; every flow named</source>
        <translation>ширина стрелки — по наибольшему заявленному числу; показаны все названные потоки</translation>
    </message>
    <message>
        <source>published {start} – {end}</source>
        <translation>опубликовано {start} – {end}</translation>
    </message>
    <message>
        <source>published from {start}</source>
        <translation>опубликовано с {start}</translation>
    </message>
    <message>
        <source>published until {end}</source>
        <translation>опубликовано по {end}</translation>
    </message>
    <message>
        <source>as of {day}</source>
        <translation>на {day}</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Figures not yet claimed</source>
        <translation>Числа, ещё не ставшие утверждениями</translation>
    </message>
    <message>
        <source>Up and Down show a figure in the article; A or Enter makes a claim of it</source>
        <translation>Вверх и Вниз показывают число в статье; A или Enter делают из него утверждение</translation>
    </message>
    <message>
        <source>A or Enter: a new claim from this figure, filled in from its draft</source>
        <translation>A или Enter: новое утверждение из этого числа, заполненное по черновику</translation>
    </message>
    <message numerus="yes">
        <source>%Ln figure(s) not yet claimed</source>
        <translation>
            <numerusform>%Ln число ещё не стало утверждением</numerusform>
            <numerusform>%Ln числа ещё не стали утверждениями</numerusform>
            <numerusform>%Ln чисел ещё не стали утверждениями</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>As opened</source>
        <translation>Как при открытии</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Журнал правок</translation>
    </message>
    <message>
        <source>Steps of editing</source>
        <translation>Шаги правки</translation>
    </message>
    <message>
        <source>Choose a step to undo or redo every edit up to it</source>
        <translation>Выберите шаг, чтобы отменить или повторить все правки до него</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>Up, Down</source>
        <translation>Вверх, вниз</translation>
    </message>
    <message>
        <source>Claims table: the previous or next claim</source>
        <translation>Таблица утверждений: предыдущее или следующее утверждение</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Search field: go to the table</source>
        <translation>Поле поиска: перейти к таблице</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Source pane: a new claim of the words selected in the article</source>
        <translation>Панель источника: новое утверждение из выделенных в статье слов</translation>
    </message>
    <message>
        <source>A, Enter</source>
        <translation>A, Enter</translation>
    </message>
    <message>
        <source>Figures not yet claimed: a new claim of the figure, its draft filled in</source>
        <translation>Числа без утверждений: новое утверждение по числу, с заполненным черновиком</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Стрелки</translation>
    </message>
    <message>
        <source>Map: from flow to flow</source>
        <translation>Карта: от потока к потоку</translation>
    </message>
    <message>
        <source>+, −, Home</source>
        <translation>+, −, Home</translation>
    </message>
    <message>
        <source>Map: zoom in, zoom out, show everything</source>
        <translation>Карта: приблизить, отдалить, показать всё</translation>
    </message>
    <message>
        <source>Comparison chart: the bar above or below</source>
        <translation>Сравнение: полоса выше или ниже</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Влево, вправо</translation>
    </message>
    <message>
        <source>Timeline: &quot;as of&quot; a day earlier or later</source>
        <translation>Хронология: дата на день раньше или позже</translation>
    </message>
    <message>
        <source>Timeline: the first day a claim was published; every claim again (now)</source>
        <translation>Хронология: первый день, когда было опубликовано утверждение; снова все утверждения (сейчас)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Timeline: play day by day, or pause</source>
        <translation>Хронология: показ по дням или пауза</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Page Up, Page Down</translation>
    </message>
    <message>
        <source>Timeline: scroll the rows, where they do not all fit</source>
        <translation>Хронология: прокрутка строк, если все не помещаются</translation>
    </message>
    <message>
        <source>Right, Space, Page Down, Enter</source>
        <translation>Вправо, пробел, Page Down, Enter</translation>
    </message>
    <message>
        <source>Presentation: next</source>
        <translation>Показ: дальше</translation>
    </message>
    <message>
        <source>Left, Page Up, Backspace</source>
        <translation>Влево, Page Up, Backspace</translation>
    </message>
    <message>
        <source>Presentation: previous</source>
        <translation>Показ: назад</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Home, End</translation>
    </message>
    <message>
        <source>Presentation: first, last</source>
        <translation>Показ: к первому, к последнему</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B или .</translation>
    </message>
    <message>
        <source>Presentation: blank the screen, and back</source>
        <translation>Показ: затемнить экран и вернуть</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Presentation: leave</source>
        <translation>Показ: выйти</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>LeftOutWords</name>
    <message>
        <source>the whole claims table (it could not be read)</source>
        <translation>вся таблица утверждений (её не удалось прочитать)</translation>
    </message>
    <message>
        <source>the whole sources table (it could not be read)</source>
        <translation>вся таблица источников (её не удалось прочитать)</translation>
    </message>
    <message numerus="yes">
        <source>{left} of its %n claim(s)</source>
        <translation>
            <numerusform>{left} из %Ln утверждения</numerusform>
            <numerusform>{left} из %Ln утверждений</numerusform>
            <numerusform>{left} из %Ln утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of its %n source(s)</source>
        <translation>
            <numerusform>{left} из %Ln источника</numerusform>
            <numerusform>{left} из %Ln источников</numerusform>
            <numerusform>{left} из %Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every claim of the dataset is in this report.</source>
        <translation>В этом отчёте не все утверждения набора данных.</translation>
    </message>
    <message numerus="yes">
        <source>The dataset has %n problem(s)</source>
        <translation>
            <numerusform>В наборе данных %Ln проблема</numerusform>
            <numerusform>В наборе данных %Ln проблемы</numerusform>
            <numerusform>В наборе данных %Ln проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>{problems}; left out for them: {parts}.</source>
        <translation>{problems}; из-за них пропущены: {parts}.</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between two things left out</comment>
        <translation> и </translation>
    </message>
    <message>
        <source>{problems}; no claim or source was left out for them.</source>
        <translation>{problems}; ни одно утверждение и ни один источник из-за них не пропущены.</translation>
    </message>
    <message>
        <source>To list them, run:</source>
        <translation>Чтобы увидеть их список, выполните:</translation>
    </message>
    <message>
        <source>The claims table could not be read: no claim is shown (see claims-atlas check).</source>
        <translation>Таблицу утверждений не удалось прочитать: утверждения не показаны (см. claims-atlas check).</translation>
    </message>
    <message numerus="yes">
        <source>{left} of %n claim(s) left out for problems in the dataset (see claims-atlas check).</source>
        <translation>
            <numerusform>{left} из %Ln утверждения пропущены из-за проблем в наборе данных (см. claims-atlas check).</numerusform>
            <numerusform>{left} из %Ln утверждений пропущены из-за проблем в наборе данных (см. claims-atlas check).</numerusform>
            <numerusform>{left} из %Ln утверждений пропущены из-за проблем в наборе данных (см. claims-atlas check).</numerusform>
        </translation>
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
        <source>&amp;System Language ({language})</source>
        <translation>&amp;Системный язык ({language})</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Claims Atlas</source>
        <translation>&amp;О программе Claims Atlas</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open a dataset folder (Ctrl+O)</source>
        <translation>Открыть папку с данными (Ctrl+O)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the map, the chart, a report or the claims, with their sources (Ctrl+E)</source>
        <translation>Экспортировать карту, диаграмму, отчёт или утверждения вместе с источниками (Ctrl+E)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Timeline by Da&amp;y</source>
        <translation>&amp;Хронология по дням</translation>
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
        <source>Presentation List</source>
        <translation>Список для показа</translation>
    </message>
    <message>
        <source>Presentati&amp;on List</source>
        <translation>Список &amp;для показа</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Журнал правок</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Журнал правок</translation>
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
        <source>Unsaved changes found</source>
        <translation>Найдены несохранённые изменения</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n unsaved change(s) from {time}?</source>
        <translation>
            <numerusform>Восстановить %n несохранённое изменение от {time}?</numerusform>
            <numerusform>Восстановить %n несохранённых изменения от {time}?</numerusform>
            <numerusform>Восстановить %n несохранённых изменений от {time}?</numerusform>
        </translation>
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
        <source>A dataset is a folder with datapackage.json, sources.csv, claims.csv and articles/. The format is described in {path}.</source>
        <translation>Набор данных — это папка с файлами datapackage.json, sources.csv, claims.csv и папкой articles/. Формат описан в {path}.</translation>
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
        <source>selected {claim} (published after {day}: Now in the timeline shows it)</source>
        <translation>выбрано {claim} (опубликовано после {day}; «Сейчас» в хронологии покажет его)</translation>
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
        <source>{title} as of {day}</source>
        <comment>the map&apos;s title on a day, e.g. as of 4 Oct 2022</comment>
        <translation>{title} на {day}</translation>
    </message>
    <message>
        <source>no claim had been published yet</source>
        <translation>утверждений ещё не было опубликовано</translation>
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
    <name>NewDatasetDialog</name>
    <message>
        <source>New Dataset</source>
        <translation>Новый набор данных</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Origin:</source>
        <translation>&amp;Откуда:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>An empty folder, or one that does not exist yet</source>
        <translation>Пустая папка или папка, которой ещё нет</translation>
    </message>
    <message>
        <source>A short name: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Короткое имя: строчные латинские буквы, цифры, «.», «_» или «-»</translation>
    </message>
    <message>
        <source>e.g. Russians leaving after the mobilisation</source>
        <translation>например, Отъезд россиян после мобилизации</translation>
    </message>
    <message>
        <source>the country people leave, e.g. RUS</source>
        <translation>страна, из которой уезжают, например RUS</translation>
    </message>
    <message>
        <source>Folder of the new dataset</source>
        <translation>Папка нового набора данных</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>the picture could not be drawn</source>
        <translation>изображение не удалось нарисовать</translation>
    </message>
    <message>
        <source>Claims Atlas {version}</source>
        <translation>Claims Atlas {version}</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Leaving {origin} for {place}</source>
        <translation>Выезд: {origin} → {place}</translation>
    </message>
    <message>
        <source>Leaving {origin}, all destinations</source>
        <translation>Выезд: {origin}, все направления</translation>
    </message>
    <message>
        <source>Arriving in {place} from {origin}</source>
        <translation>Въезд: {origin} → {place}</translation>
    </message>
    <message>
        <source>Arriving abroad from {origin}</source>
        <translation>Въезд: {origin} → все направления</translation>
    </message>
    <message>
        <source>Leaving {place} again</source>
        <translation>Выезд из страны пребывания: {place}</translation>
    </message>
    <message>
        <source>Registering in {place}</source>
        <translation>Регистрация: {place}</translation>
    </message>
    <message>
        <source>Staying in {place}</source>
        <translation>Остаются: {place}</translation>
    </message>
    <message>
        <source>From {origin} to {place}: other statements</source>
        <translation>{origin} → {place}: прочие утверждения</translation>
    </message>
    <message>
        <source> (a day)</source>
        <translation> (в день)</translation>
    </message>
    <message>
        <source>as worded: {text}</source>
        <translation>дословно: {text}</translation>
    </message>
    <message>
        <source>counted from {start} to {end}</source>
        <translation>за период с {start} по {end}</translation>
    </message>
    <message>
        <source>counted from {start}</source>
        <translation>начиная с {start}</translation>
    </message>
    <message>
        <source>counted until {end}</source>
        <translation>по состоянию на {end}</translation>
    </message>
    <message>
        <source>claimant: {kind}</source>
        <translation>автор: {kind}</translation>
    </message>
</context>
<context>
    <name>PresentationControls</name>
    <message>
        <source>Pr&amp;esent</source>
        <translation>Н&amp;ачать показ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Показ</translation>
    </message>
    <message>
        <source>Show the claims full screen, for a projector (F5)</source>
        <translation>Показать утверждения во весь экран — для проектора (F5)</translation>
    </message>
    <message>
        <source>Present from the Selecte&amp;d Claim</source>
        <translation>Показ с &amp;выбранного утверждения</translation>
    </message>
    <message>
        <source>Show the claims full screen, starting at the selected claim (Shift+F5)</source>
        <translation>Показать утверждения во весь экран, начиная с выбранного (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Add Selected Claim to the List</source>
        <translation>Доб&amp;авить выбранное утверждение в список</translation>
    </message>
    <message>
        <source>Add to Presentation</source>
        <translation>Добавить в показ</translation>
    </message>
    <message>
        <source>Add the selected claim to the presentation list (Ctrl+D)</source>
        <translation>Добавить выбранное утверждение в список для показа (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Remove Selected Claim from the List</source>
        <translation>&amp;Убрать выбранное утверждение из списка</translation>
    </message>
    <message>
        <source>Take the selected claim off the presentation list (Ctrl+Shift+D)</source>
        <translation>Убрать выбранное утверждение из списка для показа (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>О&amp;чистить список</translation>
    </message>
    <message>
        <source>Empty the presentation list</source>
        <translation>Очистить список для показа</translation>
    </message>
    <message>
        <source>Presentat&amp;ion</source>
        <translation>По&amp;каз</translation>
    </message>
    <message>
        <source>By &amp;Date</source>
        <translation>По &amp;дате</translation>
    </message>
    <message>
        <source>By D&amp;estination</source>
        <translation>По &amp;направлению</translation>
    </message>
    <message>
        <source>In the Order of the Presentation &amp;List</source>
        <translation>В порядке &amp;списка для показа</translation>
    </message>
    <message>
        <source>In the Order of the &amp;Table (with its filters)</source>
        <translation>В порядке &amp;таблицы (с её фильтрами)</translation>
    </message>
    <message>
        <source>Re&amp;veal One at a Time</source>
        <translation>Открывать по &amp;одному</translation>
    </message>
    <message>
        <source>Show each flow&apos;s claims one by one, its denials last</source>
        <translation>Показывать утверждения каждого потока по одному, а опровержения — последними</translation>
    </message>
    <message>
        <source>Light &amp;Background (for a Lit Room)</source>
        <translation>Светлый &amp;фон (для освещённого класса)</translation>
    </message>
    <message>
        <source>Dark text on white, for a projector in a bright room</source>
        <translation>Тёмный текст на белом — для проектора в светлом помещении</translation>
    </message>
    <message>
        <source>Added {claim} to the presentation list. F5 now presents in the order of this list (View › Presentation › {order} to go back).</source>
        <translation>Утверждение {claim} добавлено в список для показа. Теперь F5 показывает утверждения в порядке этого списка (вернуть прежний порядок: Вид › Показ › {order}).</translation>
    </message>
    <message numerus="yes">
        <source>Added {claim} to the presentation list (now %n claim(s))</source>
        <translation>
            <numerusform>Утверждение {claim} добавлено в список для показа (теперь в нём %Ln утверждение)</numerusform>
            <numerusform>Утверждение {claim} добавлено в список для показа (теперь в нём %Ln утверждения)</numerusform>
            <numerusform>Утверждение {claim} добавлено в список для показа (теперь в нём %Ln утверждений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed {claim} from the presentation list</source>
        <translation>Утверждение {claim} убрано из списка для показа</translation>
    </message>
    <message>
        <source>The presentation list is empty: select a claim and press Ctrl+D to add it, or choose another order in View › Presentation.</source>
        <translation>Список для показа пуст: выберите утверждение и нажмите Ctrl+D, чтобы добавить его, или выберите другой порядок в меню Вид › Показ.</translation>
    </message>
    <message>
        <source>No claim to present: the table&apos;s filters leave none (Ctrl+Shift+L clears them).</source>
        <translation>Показывать нечего: фильтры таблицы скрыли все утверждения (Ctrl+Shift+L сбрасывает их).</translation>
    </message>
</context>
<context>
    <name>PresentationListPanel</name>
    <message>
        <source>Presentation List</source>
        <translation>Список для показа</translation>
    </message>
    <message>
        <source>Claims to present, in order</source>
        <translation>Утверждения для показа, по порядку</translation>
    </message>
    <message>
        <source>About the presentation list</source>
        <translation>О списке для показа</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Show the selected claim earlier</source>
        <translation>Показать выбранное утверждение раньше</translation>
    </message>
    <message>
        <source>Show the selected claim later</source>
        <translation>Показать выбранное утверждение позже</translation>
    </message>
    <message>
        <source>Take the selected claim off the list</source>
        <translation>Убрать выбранное утверждение из списка</translation>
    </message>
    <message>
        <source>Empty the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Present in This Order</source>
        <translation>Показывать в этом порядке</translation>
    </message>
    <message>
        <source>Make F5 present these claims in the list&apos;s order (View › Presentation › In the Order of the Presentation List)</source>
        <translation>F5 будет показывать эти утверждения в порядке списка (Вид › Показ › В порядке списка для показа)</translation>
    </message>
    <message>
        <source>No claims picked yet. Select a claim and press Ctrl+D (View › Presentation › Add Selected Claim to the List) to add it.</source>
        <translation>Пока ничего не выбрано. Выберите утверждение и нажмите Ctrl+D (Вид › Показ › Добавить выбранное утверждение в список).</translation>
    </message>
    <message>
        <source>Claims picked: {n}. F5 presents them in this order.</source>
        <translation>Выбрано утверждений: {n}. F5 показывает их в этом порядке.</translation>
    </message>
    <message>
        <source>Claims picked: {n}. F5 presents {order}, not in this order.</source>
        <translation>Выбрано утверждений: {n}. F5 показывает утверждения {order}, а не в этом порядке.</translation>
    </message>
    <message>
        <source>by date</source>
        <translation>по дате</translation>
    </message>
    <message>
        <source>by destination</source>
        <translation>по направлению</translation>
    </message>
    <message>
        <source>in the table&apos;s order</source>
        <translation>в порядке таблицы</translation>
    </message>
    <message>
        <source>Picked but not in this dataset: {n}.</source>
        <translation>Выбраны, но отсутствуют в этом наборе данных: {n}.</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Claims Atlas — Presentation</source>
        <translation>Claims Atlas — показ</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Показ</translation>
    </message>
    <message>
        <source>→ next   ← back   B blank   Esc leave</source>
        <translation>→ далее   ← назад   B — тёмный экран   Esc — выход</translation>
    </message>
    <message>
        <source>✕ denies</source>
        <translation>✕ отрицает</translation>
    </message>
    <message>
        <source>asserts</source>
        <translation>утверждает</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>цифра не названа</translation>
    </message>
    <message>
        <source>claim {n} of {total} on this flow</source>
        <translation>утверждение {n} из {total} по этому потоку</translation>
    </message>
    <message>
        <source>Shown so far on this flow:</source>
        <translation>Уже показано по этому потоку:</translation>
    </message>
    <message>
        <source>… and {n} earlier</source>
        <translation>… и ещё {n} ранее</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>a value is required here</source>
        <translation>здесь нужно значение</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} — не одно из значений: {allowed}</translation>
    </message>
    <message>
        <source>duplicate {column} {value}; it was first used on line {line}</source>
        <translation>повторный {column} {value}; впервые он встречается в строке {line}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 8601 date (2022-10-06) or date-time (2022-10-06T18:42)</source>
        <translation>{value} — не дата ISO 8601 (2022-10-06) и не дата со временем (2022-10-06T18:42)</translation>
    </message>
    <message>
        <source>{value} is not a real date or time</source>
        <translation>{value} — несуществующая дата или время</translation>
    </message>
    <message>
        <source>{value} is not an ISO 8601 date such as 2022-10-06</source>
        <translation>{value} — не дата ISO 8601 вида 2022-10-06</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} — несуществующая дата</translation>
    </message>
    <message>
        <source>the closest passage (line {line} of the article) differs at {at}: {difference}</source>
        <translation>ближайший фрагмент статьи (строка {line}) отличается от цитаты в месте {at}: {difference}</translation>
    </message>
    <message>
        <source>the article has {article} where the quote has {quote}: the same letters, composed differently (Unicode NFC/NFD); copy them from the article</source>
        <translation>в статье {article}, а в цитате {quote}: те же буквы, но составлены по-разному (Unicode NFC/NFD); скопируйте их из статьи</translation>
    </message>
    <message>
        <source>the quote has {quote}, which the article does not have there</source>
        <translation>в цитате есть {quote}, а в статье в этом месте нет</translation>
    </message>
    <message>
        <source>the article has {article}, which the quote does not have there</source>
        <translation>в статье есть {article}, а в цитате в этом месте нет</translation>
    </message>
    <message>
        <source>the article has {article} where the quote has {quote}</source>
        <translation>в статье {article}, а в цитате {quote}</translation>
    </message>
    <message>
        <source>(unnamed column {position})</source>
        <translation>(столбец без имени № {position})</translation>
    </message>
    <message>
        <source>this column name holds bytes that are not UTF-8; save the file with UTF-8 encoding (the rows were not read)</source>
        <translation>в имени этого столбца есть байты не в UTF-8; сохраните файл в кодировке UTF-8 (строки не прочитаны)</translation>
    </message>
    <message>
        <source>the first row must be the header naming the columns, but it is empty</source>
        <translation>первая строка должна быть заголовком с именами столбцов, но она пуста</translation>
    </message>
    <message>
        <source>this column name holds a NUL character ({value}); remove it (the rows were not read)</source>
        <translation>в имени этого столбца есть символ NUL ({value}); удалите его (строки не прочитаны)</translation>
    </message>
    <message>
        <source>this row has {cells} cells but the header has {width}; check for a missing or extra comma, or a quote that is not closed</source>
        <translation>в этой строке ячеек: {cells}, а в заголовке: {width}; проверьте, нет ли лишней или пропущенной запятой или незакрытой кавычки</translation>
    </message>
    <message>
        <source>holds bytes that are not UTF-8; save the file with UTF-8 encoding</source>
        <translation>содержит байты не в UTF-8; сохраните файл в кодировке UTF-8</translation>
    </message>
    <message>
        <source>holds a NUL character ({value}); remove it</source>
        <translation>содержит символ NUL ({value}); удалите его</translation>
    </message>
    <message>
        <source>is empty; it needs at least a header row naming the columns</source>
        <translation>файл пуст; нужна хотя бы строка заголовка с именами столбцов</translation>
    </message>
    <message>
        <source>a quoted cell that starts in this row is never closed; close it with &quot; (write a quote inside a quoted cell as &quot;&quot;)</source>
        <translation>ячейка в кавычках, которая начинается в этой строке, не закрыта; закройте её знаком &quot; (кавычку внутри ячейки в кавычках пишите как &quot;&quot;)</translation>
    </message>
    <message>
        <source>malformed CSV quoting ({error}); a cell that holds a quote must be wrapped in quotes, with the quote doubled: &quot;say &quot;&quot;hi&quot;&quot;&quot;</source>
        <translation>неверные кавычки CSV ({error}); ячейку с кавычкой нужно заключить в кавычки, а саму кавычку удвоить: &quot;say &quot;&quot;hi&quot;&quot;&quot;</translation>
    </message>
    <message>
        <source>article</source>
        <translation>статья</translation>
    </message>
    <message>
        <source>sources table</source>
        <translation>таблица источников</translation>
    </message>
    <message>
        <source>claims table</source>
        <translation>таблица утверждений</translation>
    </message>
    <message numerus="yes">
        <source>the quote occurs %n time(s) in its article ({path}); its quote_prefix or quote_suffix picks occurrence {k}</source>
        <translation>
            <numerusform>цитата встречается в статье ({path}) %n раз; её quote_prefix или quote_suffix выбирает вхождение {k}</numerusform>
            <numerusform>цитата встречается в статье ({path}) %n раза; её quote_prefix или quote_suffix выбирает вхождение {k}</numerusform>
            <numerusform>цитата встречается в статье ({path}) %n раз; её quote_prefix или quote_suffix выбирает вхождение {k}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the quote occurs %n time(s) in its article ({path}); the first is taken, as the dataset format says: a quote_prefix or quote_suffix would pick another</source>
        <translation>
            <numerusform>цитата встречается в статье ({path}) %n раз; берётся первое вхождение, как требует формат набора данных: quote_prefix или quote_suffix выбрали бы другое</numerusform>
            <numerusform>цитата встречается в статье ({path}) %n раза; берётся первое вхождение, как требует формат набора данных: quote_prefix или quote_suffix выбрали бы другое</numerusform>
            <numerusform>цитата встречается в статье ({path}) %n раз; берётся первое вхождение, как требует формат набора данных: quote_prefix или quote_suffix выбрали бы другое</numerusform>
        </translation>
    </message>
    <message>
        <source>{why} ({path})</source>
        <translation>{why} ({path})</translation>
    </message>
    <message>
        <source>cannot be checked: its article {path} cannot be read (see that problem)</source>
        <translation>проверить нельзя: статью {path} не удалось прочитать (см. эту проблему)</translation>
    </message>
    <message>
        <source>names no article file; add the article&apos;s text there, or fix text_path</source>
        <translation>файла статьи там нет; положите туда текст статьи или исправьте text_path</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>путь пуст</translation>
    </message>
    <message>
        <source>is a URL; give a path to a file inside the dataset folder</source>
        <translation>это URL; укажите путь к файлу внутри папки набора данных</translation>
    </message>
    <message>
        <source>is an absolute path; give a path relative to the dataset folder</source>
        <translation>это абсолютный путь; укажите путь относительно папки набора данных</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>содержит символ NUL</translation>
    </message>
    <message>
        <source>leaves the dataset folder (through a link); keep every file inside the folder</source>
        <translation>ведёт за пределы папки набора данных (через ссылку); все файлы должны быть внутри папки</translation>
    </message>
    <message>
        <source>leaves the dataset folder (with ..); keep every file inside the folder</source>
        <translation>ведёт за пределы папки набора данных (через ..); все файлы должны быть внутри папки</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>не читается ({error})</translation>
    </message>
    <message>
        <source>is not a file; the {what} must be a regular file</source>
        <translation>это не файл; здесь нужен обычный файл ({what})</translation>
    </message>
    <message>
        <source>holds a NUL byte; this is not a text file, or it was saved as UTF-16: save it as UTF-8 text</source>
        <translation>содержит байт NUL: это не текстовый файл, или он сохранён в UTF-16; сохраните его как текст в UTF-8</translation>
    </message>
    <message>
        <source>{what} file not found; add it or fix the path that names it</source>
        <translation>файл не найден ({what}); добавьте его или исправьте путь, который на него указывает</translation>
    </message>
    <message>
        <source>was saved as UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8</source>
        <translation>сохранён в UTF-16 (начинается с метки порядка байтов UTF-16); сохраните его в UTF-8</translation>
    </message>
    <message>
        <source>is not UTF-8 (byte 0x{byte:02x} at byte offset {offset}); save the file with UTF-8 encoding</source>
        <translation>не в кодировке UTF-8 (байт 0x{byte:02x} по смещению {offset}); сохраните файл в кодировке UTF-8</translation>
    </message>
    <message>
        <source>descriptor</source>
        <translation>описание набора данных</translation>
    </message>
    <message>
        <source>a machine name is required, e.g. &quot;russia-2022&quot;</source>
        <translation>нужно машинное имя, например &quot;russia-2022&quot;</translation>
    </message>
    <message>
        <source>a human title is required; it is shown in the window title</source>
        <translation>нужно название для людей; оно показывается в заголовке окна</translation>
    </message>
    <message>
        <source>must be an object {&quot;label&quot;: &quot;...&quot;, &quot;date&quot;: &quot;YYYY-MM-DD&quot;}; it was ignored</source>
        <translation>должно быть объектом {&quot;label&quot;: &quot;...&quot;, &quot;date&quot;: &quot;YYYY-MM-DD&quot;}; значение пропущено</translation>
    </message>
    <message>
        <source>a list of resources is required, with one named &quot;sources&quot; (sources.csv) and one named &quot;claims&quot; (claims.csv); the default paths were tried</source>
        <translation>нужен список ресурсов: один с именем &quot;sources&quot; (sources.csv) и один с именем &quot;claims&quot; (claims.csv); испробованы пути по умолчанию</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <source>is not a folder; a dataset is a folder holding datapackage.json</source>
        <translation>это не папка; набор данных — это папка с файлом datapackage.json</translation>
    </message>
    <message>
        <source>not found; a dataset folder needs a datapackage.json descriptor (see the dataset format in the docs)</source>
        <translation>не найден; в папке набора данных нужен файл описания datapackage.json (см. формат набора данных в документации)</translation>
    </message>
    <message>
        <source>must hold a JSON object ({...})</source>
        <translation>должен содержать объект JSON ({...})</translation>
    </message>
    <message>
        <source>{value} must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>{value}: допустимы только строчные латинские буквы, цифры, &apos;.&apos;, &apos;_&apos; и &apos;-&apos;</translation>
    </message>
    <message>
        <source>is required: the ISO 3166-1 alpha-3 code of the country the flow leaves, e.g. &quot;RUS&quot;</source>
        <translation>обязательно: код ISO 3166-1 alpha-3 страны, из которой идёт поток, например &quot;RUS&quot;</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-3 code; did you mean {code}?</source>
        <translation>{value} — не код ISO 3166-1 alpha-3; может быть, имелось в виду {code}?</translation>
    </message>
    <message>
        <source>{value} has an empty part: join codes with &apos;;&apos; and nothing else, e.g. FIN;EST</source>
        <translation>{value}: пустая часть; соединяйте коды только знаком &apos;;&apos;, например FIN;EST</translation>
    </message>
    <message>
        <source>no resource named &quot;{name}&quot;; add one with &quot;path&quot;: &quot;{default}&quot; (the default path was tried)</source>
        <translation>нет ресурса с именем &quot;{name}&quot;; добавьте его с &quot;path&quot;: &quot;{default}&quot; (испробован путь по умолчанию)</translation>
    </message>
    <message>
        <source>is a named pipe, socket or device, not a file; the article must be a regular file</source>
        <translation>— это именованный канал, сокет или устройство, а не файл; статья должна быть обычным файлом</translation>
    </message>
    <message>
        <source>is {size}, over the {limit} limit for an article; it was not read</source>
        <translation>занимает {size}, больше предела статьи в {limit}; она не прочитана</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} байт</translation>
    </message>
    <message>
        <source>{n} MiB</source>
        <translation>{n} МиБ</translation>
    </message>
    <message>
        <source>is {size}, over the limit of {limit} for a {what}; it was not read. Split it into smaller files</source>
        <translation>занимает {size}, больше предела в {limit} ({what}); файл не прочитан. Разбейте его на файлы поменьше</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>изображение TIFF</translation>
    </message>
    <message>
        <source>a ZIP archive (e.g. a Word or OpenDocument file)</source>
        <translation>архив ZIP (например, файл Word или OpenDocument)</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>архив gzip</translation>
    </message>
    <message>
        <source>an old Microsoft Office file</source>
        <translation>файл старого Microsoft Office</translation>
    </message>
    <message>
        <source>a PostScript file</source>
        <translation>файл PostScript</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>архив RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>архив 7-Zip</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>изображение WebP</translation>
    </message>
    <message>
        <source>a video or HEIC image</source>
        <translation>видео или изображение HEIC</translation>
    </message>
    <message>
        <source>the file is empty; give a file with the article&apos;s text</source>
        <translation>файл пуст; укажите файл с текстом статьи</translation>
    </message>
    <message>
        <source>the file is {what}, not an article; give a saved page (.html), a PDF or a text file</source>
        <translation>это {what}, а не статья; укажите сохранённую страницу (.html), PDF или текстовый файл</translation>
    </message>
    <message>
        <source>the file is binary, not an article; give a saved page (.html), a PDF or a text file</source>
        <translation>файл двоичный, это не статья; укажите сохранённую страницу (.html), PDF или текстовый файл</translation>
    </message>
    <message>
        <source>the file&apos;s characters are in no encoding Claims Atlas can tell; save it again as UTF-8</source>
        <translation>Claims Atlas не может определить кодировку файла; сохраните его заново в UTF-8</translation>
    </message>
    <message>
        <source>no {what} found in the file; give them with {options}</source>
        <translation>в файле не найдены: {what}; укажите их через {options}</translation>
    </message>
    <message>
        <source>added as {source_id} ({outlet}, {published}, &quot;{title}&quot;)</source>
        <translation>добавлен как {source_id} ({outlet}, {published}, «{title}»)</translation>
    </message>
    <message>
        <source>{a} or {b}</source>
        <translation>{a} и {b}</translation>
    </message>
    <message>
        <source>{a}, {b} or {c}</source>
        <translation>{a}, {b} и {c}</translation>
    </message>
    <message>
        <source>already in the dataset as {source_id}; nothing added</source>
        <translation>уже есть в наборе данных как {source_id}; ничего не добавлено</translation>
    </message>
    <message>
        <source>no outlet found in the file; give it with --outlet NAME</source>
        <translation>в файле не найдено издание; укажите его через --outlet НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>издание</translation>
    </message>
    <message>
        <source>no title found in the file; give it with --title TEXT</source>
        <translation>в файле не найден заголовок; укажите его через --title ТЕКСТ</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>no publication date found in the file; give it with --published YYYY-MM-DD</source>
        <translation>в файле не найдена дата публикации; укажите её через --published ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>дата публикации</translation>
    </message>
    <message>
        <source>could not be written ({why}); nothing was added</source>
        <translation>не удалось записать ({why}); ничего не добавлено</translation>
    </message>
    <message>
        <source>the PDF has no text (a scan?); run it through OCR first, or copy its text to a .txt file</source>
        <translation>в PDF нет текста (скан?); сначала распознайте его (OCR) или скопируйте текст в файл .txt</translation>
    </message>
    <message>
        <source>the PDF is encrypted; save an unprotected copy and import that</source>
        <translation>PDF зашифрован; сохраните незащищённую копию и импортируйте её</translation>
    </message>
    <message>
        <source>the PDF cannot be read ({why}); save it again from its viewer</source>
        <translation>PDF не читается ({why}); сохраните его заново из программы просмотра</translation>
    </message>
    <message>
        <source>the file is {size} MB, over the limit of {limit} MB; import the article&apos;s text alone</source>
        <translation>файл занимает {size} МБ, больше предела в {limit} МБ; импортируйте только текст статьи</translation>
    </message>
    <message>
        <source>no article text found in the file; copy the article&apos;s text into a .txt file and import that</source>
        <translation>в файле не найден текст статьи; скопируйте текст статьи в файл .txt и импортируйте его</translation>
    </message>
    <message>
        <source>the article&apos;s text is over the dataset format&apos;s limit of 10 MiB</source>
        <translation>текст статьи больше предела формата данных в 10 МиБ</translation>
    </message>
    <message>
        <source>is not a file; give a saved page, a PDF or a text file</source>
        <translation>это не файл; укажите сохранённую страницу, PDF или текстовый файл</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>файл не читается (нет доступа)</translation>
    </message>
    <message>
        <source>the file is not a PDF, though its name ends in .pdf</source>
        <translation>файл не является PDF, хотя его имя оканчивается на .pdf</translation>
    </message>
    <message>
        <source>the file is a table or data file ({kind}), not an article; give a saved page (.html), a PDF or a text file</source>
        <translation>файл — таблица или данные ({kind}), а не статья; укажите сохранённую страницу (.html), PDF или текстовый файл</translation>
    </message>
    <message>
        <source>the file is an image, not an article; give a saved page (.html), a PDF or a text file</source>
        <translation>файл — изображение, а не статья; укажите сохранённую страницу (.html), PDF или текстовый файл</translation>
    </message>
    <message>
        <source>{count:,} more rows (this one, and others up to line {last}) have the same kind of problem in this column as the {listed:,} listed; they were left out too</source>
        <translation>ещё {count} строк (эта и другие, до строки {last}) имеют в этом столбце ту же проблему, что и {listed} перечисленных выше; они тоже не загружены</translation>
    </message>
    <message>
        <source>the header names {width:,} columns, more than the {limit:,} a table may have; the table was not read. Remove the columns that are not needed</source>
        <translation>в заголовке {width} столбцов, больше предела в {limit} столбцов для таблицы; таблица не прочитана. Удалите ненужные столбцы</translation>
    </message>
    <message>
        <source>a cell that starts in this row is longer than {limit:,} characters, the most a cell may hold; shorten it (a quote needs only the words that carry the claim), or close the quoted cell that runs on</source>
        <translation>ячейка, начинающаяся в этой строке, длиннее {limit} символов — предела для ячейки; сократите её (в цитате нужны только слова, несущие утверждение) или закройте кавычку ячейки, которая не закрыта</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null (пустое значение)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>the value {value}</source>
        <translation>значение {value}</translation>
    </message>
    <message>
        <source>holds a number of {digits:,} digits, longer than the {limit:,} digits a number may have here; it was ignored</source>
        <translation>содержит число из {digits} цифр, длиннее предела в {limit} цифр для числа здесь; значение пропущено</translation>
    </message>
    <message>
        <source>{why}; it was not read</source>
        <translation>{why}; файл не прочитан</translation>
    </message>
    <message>
        <source>the resource &quot;{name}&quot; needs a &quot;path&quot; naming one file, e.g. &quot;{default}&quot;</source>
        <translation>ресурсу &quot;{name}&quot; нужен &quot;path&quot; с одним файлом, например &quot;{default}&quot;</translation>
    </message>
    <message>
        <source>the path of &quot;{name}&quot; {path} {why}; it was not read</source>
        <translation>путь ресурса &quot;{name}&quot; {path}: {why}; ресурс не прочитан</translation>
    </message>
    <message>
        <source>is nested more than {limit} levels deep (lists and objects inside each other); no descriptor needs that many: remove the nesting</source>
        <translation>вложенность глубже {limit} уровней (списки и объекты друг в друге); описателю столько не нужно: уберите вложенность</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} at column {column}</source>
        <translation>некорректный JSON: {error} (позиция {column} в строке)</translation>
    </message>
    <message>
        <source>a resource&apos;s &quot;name&quot; must be a text such as &quot;sources&quot; or &quot;claims&quot;, not {value}; that resource was ignored</source>
        <translation>&quot;name&quot; ресурса должно быть текстом, например &quot;sources&quot; или &quot;claims&quot;, а не {value}; этот ресурс пропущен</translation>
    </message>
    <message>
        <source>is not a whole number; write digits only, e.g. 70000 (the wording goes in value_text)</source>
        <translation>не целое число; пишите только цифры, например 70000 (словесная формулировка — в value_text)</translation>
    </message>
    <message>
        <source>is negative; a bound counts people, so it is 0 or more</source>
        <translation>отрицательное число; граница считает людей, поэтому она не меньше 0</translation>
    </message>
    <message>
        <source>has a sign; write digits only, e.g. 70000</source>
        <translation>со знаком; пишите только цифры, например 70000</translation>
    </message>
    <message>
        <source>is written with an exponent (a spreadsheet may do this); write all digits, e.g. 700000</source>
        <translation>записано с показателем степени (так делают электронные таблицы); пишите все цифры, например 700000</translation>
    </message>
    <message>
        <source>has thousands separators; write digits only, e.g. 70000</source>
        <translation>с разделителями разрядов; пишите только цифры, например 70000</translation>
    </message>
    <message>
        <source>is not a whole number; a bound counts people</source>
        <translation>не целое число; граница считает людей</translation>
    </message>
    <message>
        <source>has spaces around it; write digits only</source>
        <translation>с пробелами по краям; пишите только цифры</translation>
    </message>
    <message>
        <source>{value} is not an upper-case ISO 3166-1 alpha-3 code: write it {code}</source>
        <translation>{value} — не код ISO 3166-1 alpha-3 заглавными буквами: пишите {code}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-3 code: no country has it</source>
        <translation>{value} — не код ISO 3166-1 alpha-3: такого кода нет ни у одной страны</translation>
    </message>
    <message numerus="yes">
        <source>the quote occurs %n time(s)</source>
        <translation>
            <numerusform>цитата встречается %n раз</numerusform>
            <numerusform>цитата встречается %n раза</numerusform>
            <numerusform>цитата встречается %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>no occurrence of the quote has both this prefix and this suffix ({where}): check that prefix and suffix belong to the same occurrence</source>
        <translation>ни у одного вхождения цитаты нет сразу и этого префикса, и этого суффикса ({where}): проверьте, что префикс и суффикс относятся к одному вхождению</translation>
    </message>
    <message>
        <source>the quote is empty or only white space; copy the words that carry the claim from the article</source>
        <translation>цитата пуста или состоит из одних пробелов; скопируйте из статьи слова, в которых содержится утверждение</translation>
    </message>
    <message>
        <source>does not occur in the article text (compared after white space and curly quotes are normalised; matching is case-sensitive): copy the words exactly from the article</source>
        <translation>не встречается в тексте статьи (сравнение идёт после приведения пробелов и фигурных кавычек, с учётом регистра): скопируйте слова из статьи точно</translation>
    </message>
    <message>
        <source>matches no occurrence of the quote ({where}, never just after this prefix): copy the words just before the quote from the article</source>
        <translation>не подходит ни к одному вхождению цитаты ({where}, но ни разу сразу после этого префикса): скопируйте из статьи слова прямо перед цитатой</translation>
    </message>
    <message>
        <source>matches no occurrence of the quote ({where}, never just before this suffix): copy the words just after the quote from the article</source>
        <translation>не подходит ни к одному вхождению цитаты ({where}, но ни разу прямо перед этим суффиксом): скопируйте из статьи слова сразу после цитаты</translation>
    </message>
    <message>
        <source>does not occur in the article text (compared after white space and curly quotes are normalised; matching is case-sensitive): copy the words exactly from the article; {closest}</source>
        <translation>не встречается в тексте статьи (сравнение идёт после приведения пробелов и фигурных кавычек, с учётом регистра): скопируйте слова из статьи точно; {closest}</translation>
    </message>
    <message>
        <source>{value} is not a valid source_id; an id is lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>{value} — недопустимый source_id; идентификатор состоит из строчных латинских букв, цифр, &apos;_&apos; и &apos;-&apos; и начинается с буквы или цифры</translation>
    </message>
    <message>
        <source>{value} is not an http or https URL</source>
        <translation>{value} — не URL с http или https</translation>
    </message>
    <message>
        <source>{value} is not a BCP 47 language tag such as en or ru</source>
        <translation>{value} — не языковой тег BCP 47 вроде en или ru</translation>
    </message>
    <message>
        <source>{value} is not a valid claim_id; an id is lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>{value} — недопустимый claim_id; идентификатор состоит из строчных латинских букв, цифр, &apos;_&apos; и &apos;-&apos; и начинается с буквы или цифры</translation>
    </message>
    <message>
        <source>its source {value} was left out (see {file}:{line}), so this claim was too</source>
        <translation>его источник {value} пропущен (см. {file}:{line}), поэтому пропущено и это утверждение</translation>
    </message>
    <message>
        <source>no source has source_id {value}; add it to {file} or fix the id</source>
        <translation>нет источника с source_id {value}; добавьте его в {file} или исправьте идентификатор</translation>
    </message>
    <message>
        <source>no origin here and datapackage.json has no valid claims:origin to default to</source>
        <translation>здесь не указана исходная страна, а в datapackage.json нет правильного claims:origin, которым её можно заменить</translation>
    </message>
    <message>
        <source>{value} is not an upper-case ISO 3166-1 alpha-3 code such as RUS</source>
        <translation>{value} — не код ISO 3166-1 alpha-3 заглавными буквами вроде RUS</translation>
    </message>
    <message>
        <source>{why}; give the country the flow leaves, e.g. &quot;RUS&quot;</source>
        <translation>{why}; укажите страну, из которой идёт поток, например &quot;RUS&quot;</translation>
    </message>
    <message>
        <source>{value} is below value_low; the upper bound must be at least the lower one</source>
        <translation>{value} меньше value_low; верхняя граница должна быть не меньше нижней</translation>
    </message>
    <message>
        <source>{value} is before period_start; the period must not run backwards</source>
        <translation>{value} раньше period_start; период не может идти назад</translation>
    </message>
    <message>
        <source>{value} {why}</source>
        <translation>{value}: {why}</translation>
    </message>
    <message>
        <source>{value} is too large to be a count of people</source>
        <translation>{value} — слишком большое число для счёта людей</translation>
    </message>
    <message>
        <source>{path} {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <source>its source {value} cannot be checked: {file} could not be read (see its problem), so this claim was left out</source>
        <translation>его источник {value} проверить нельзя: {file} не прочитан (см. его проблему), поэтому это утверждение пропущено</translation>
    </message>
    <message>
        <source>this column name appears twice; rename or remove one; the rows were not read, since it is unclear which holds the data</source>
        <translation>это имя столбца встречается дважды; переименуйте или удалите один из них; строки не прочитаны, так как неясно, в каком из них данные</translation>
    </message>
    <message>
        <source>a second column has no name; rename or remove one; the rows were not read, since it is unclear which holds the data</source>
        <translation>ещё один столбец без имени; переименуйте или удалите один из них; строки не прочитаны, так как неясно, в каком из них данные</translation>
    </message>
    <message>
        <source>this column name appears twice; rename or remove one; the first was kept</source>
        <translation>это имя столбца встречается дважды; переименуйте или удалите один из них; оставлен первый</translation>
    </message>
    <message>
        <source>a second column has no name; rename or remove one; the first was kept</source>
        <translation>ещё один столбец без имени; переименуйте или удалите один из них; оставлен первый</translation>
    </message>
    <message>
        <source>{why} (in the group {value})</source>
        <translation>{why} (в группе {value})</translation>
    </message>
    <message>
        <source>required column is missing from the header; add it (the rows were not read) (the header has {near}: names are taken as written, so remove the spaces)</source>
        <translation>в заголовке нет обязательного столбца; добавьте его (строки не прочитаны) (в заголовке есть {near}: имена берутся как написаны, так что уберите пробелы)</translation>
    </message>
    <message>
        <source>required column is missing from the header; add it (the rows were not read)</source>
        <translation>в заголовке нет обязательного столбца; добавьте его (строки не прочитаны)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
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
        <source>The problem in full</source>
        <translation>Проблема целиком</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{claims} on {flows}, from {sources}.</source>
        <translation>{claims}, {flows}, {sources}.</translation>
    </message>
    <message>
        <source>{n} claim</source>
        <translation>утверждений: {n}</translation>
    </message>
    <message>
        <source>{n} claims</source>
        <translation>утверждений: {n}</translation>
    </message>
    <message>
        <source>{n} flow</source>
        <translation>потоков: {n}</translation>
    </message>
    <message>
        <source>{n} flows</source>
        <translation>потоков: {n}</translation>
    </message>
    <message>
        <source>{n} source</source>
        <translation>источников: {n}</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>источников: {n}</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <comment>quotation marks around a quote or a title</comment>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>The figures are what each source claims, quoted exactly; they are not verified facts.</source>
        <translation>Числа — это то, что утверждает каждый источник, в точных цитатах; это не проверенные факты.</translation>
    </message>
    <message>
        <source>Range claimed:</source>
        <translation>Заявленный диапазон:</translation>
    </message>
    <message>
        <source>Listed here: {shown} of the {total} claims on this flow; all of them together: {range}.</source>
        <translation>Здесь приведено {shown} из {total} утверждений об этом потоке; все вместе: {range}.</translation>
    </message>
    <message>
        <source>Claims ({n})</source>
        <translation>Утверждения ({n})</translation>
    </message>
    <message>
        <source>Denials ({n})</source>
        <translation>Опровержения ({n})</translation>
    </message>
    <message>
        <source>… and {n} more denials of this flow, outside the claims of this report.</source>
        <translation>… и ещё опровержений этого потока вне утверждений отчёта: {n}.</translation>
    </message>
    <message>
        <source>No claim in this report asserts this flow.</source>
        <translation>Ни одно утверждение этого отчёта не говорит об этом потоке.</translation>
    </message>
    <message>
        <source>denies</source>
        <translation>опровергает</translation>
    </message>
    <message>
        <source>worded</source>
        <translation>дословно</translation>
    </message>
    <message>
        <source>period</source>
        <translation>период</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>утверждение</translation>
    </message>
    <message>
        <source>by</source>
        <translation>автор:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Every source quoted above, by date of publication.</source>
        <translation>Все источники, процитированные выше, по дате публикации.</translation>
    </message>
    <message>
        <source>no URL given</source>
        <translation>URL не указан</translation>
    </message>
    <message>
        <source>Charts are drawn for the first {shown} flows; the {n} after them have none.</source>
        <translation>Диаграммы построены для первых {shown} потоков; у следующих {n} их нет.</translation>
    </message>
    <message>
        <source>Made with Claims Atlas {version}, {date}.</source>
        <translation>Сделано в Claims Atlas {version}, {date}.</translation>
    </message>
    <message>
        <source>{path}: {what} is written as {endings}; end the file name with one of them</source>
        <translation>{path}: {what} записывается как {endings}; имя файла должно оканчиваться одним из них</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>{n} claims are too many for a PDF (at most {max}); export HTML, or narrow the filters</source>
        <translation>Утверждений слишком много для PDF: {n} (не больше {max}); экспортируйте HTML или сузьте фильтры</translation>
    </message>
    <message>
        <source>the PDF writer could not write the file</source>
        <translation>модуль записи PDF не смог записать файл</translation>
    </message>
    <message>
        <source>the claims table</source>
        <translation>таблица утверждений</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder {folder} does not exist.</source>
        <translation>Не удалось записать {path}: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} could not be written: it is a folder. Give a file name.</source>
        <translation>Не удалось записать {path}: это папка. Укажите имя файла.</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full ({reason}). The file was left as it was; free some space or choose another folder.</source>
        <translation>Не удалось записать {path}: диск заполнен ({reason}). Файл остался прежним; освободите место или выберите другую папку.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Choose another folder or file name.</source>
        <translation>Не удалось записать {path}: {reason}. Выберите другую папку или имя файла.</translation>
    </message>
    <message>
        <source>Map: {what}</source>
        <translation>Карта: {what}</translation>
    </message>
    <message>
        <source>The chart shows the {shown} largest figures of the {total} claims and denials listed below.</source>
        <translation>На диаграмме — {shown} наибольших цифр из {total} утверждений и опровержений, перечисленных ниже.</translation>
    </message>
    <message>
        <source>Chart of the claims on {flow}: each claim&apos;s figure as a bar</source>
        <translation>Диаграмма утверждений о потоке {flow}: цифра каждого утверждения — полоса</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Import Article</source>
        <translation>Импорт статьи</translation>
    </message>
    <message>
        <source>Import Article ({number} of {count})</source>
        <translation>Импорт статьи ({number} из {count})</translation>
    </message>
    <message>
        <source>From {file}</source>
        <translation>Из файла {file}</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Опубликовано:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;Адрес (URL):</translation>
    </message>
    <message>
        <source>&amp;Byline:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Source &amp;id:</source>
        <translation>&amp;Код источника:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>The article&apos;s text as it will be stored</source>
        <translation>Текст статьи в том виде, в каком он будет сохранён</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or with a time: 2022-10-06T18:42+05:30</source>
        <translation>ГГГГ-ММ-ДД или со временем: 2022-10-06T18:42+05:30</translation>
    </message>
    <message>
        <source>shown as text, never fetched</source>
        <translation>показывается как текст, никогда не загружается</translation>
    </message>
    <message>
        <source>e.g. en, ru</source>
        <translation>например, en, ru</translation>
    </message>
    <message>
        <source>Read from the file: check each field. The text is copied to articles/&lt;source id&gt;.txt in the dataset&apos;s folder.</source>
        <translation>Прочитано из файла: проверьте каждое поле. Текст копируется в articles/&lt;код источника&gt;.txt в папке набора данных.</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Проп&amp;устить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SourceEditDialog</name>
    <message>
        <source>Edit Source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>The source&apos;s columns in sources.csv; its id stays, as its claims cite it.</source>
        <translation>Столбцы источника в sources.csv; его id не меняется: по нему его цитируют утверждения.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{column}: a value is required here</source>
        <translation>{column}: здесь нужно значение</translation>
    </message>
    <message>
        <source>write a date as YYYY-MM-DD, or with a time: 2022-10-06T18:42+05:30</source>
        <translation>пишите дату как ГГГГ-ММ-ДД или со временем: 2022-10-06T18:42+05:30</translation>
    </message>
    <message>
        <source>a URL starts with http:// or https://</source>
        <translation>URL начинается с http:// или https://</translation>
    </message>
    <message>
        <source>a language code such as en or ru</source>
        <translation>код языка, например en или ru</translation>
    </message>
</context>
<context>
    <name>SourceEditing</name>
    <message numerus="yes">
        <source>Source {id} is not deleted: %n claim(s) cite it; delete them first.</source>
        <translation>
            <numerusform>Источник {id} не удалён: его цитирует %Ln утверждение; сначала удалите его.</numerusform>
            <numerusform>Источник {id} не удалён: его цитируют %Ln утверждения; сначала удалите их.</numerusform>
            <numerusform>Источник {id} не удалён: его цитируют %Ln утверждений; сначала удалите их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source {id} is not deleted: claims with problems cite it; see Problems.</source>
        <translation>Источник {id} не удалён: его цитируют утверждения с проблемами; см. «Проблемы».</translation>
    </message>
    <message>
        <source>Source {id} deleted (Ctrl+Z brings it back).</source>
        <translation>Источник {id} удалён (Ctrl+Z вернёт его).</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Удалить источник</translation>
    </message>
    <message>
        <source>Delete the source {id} from the dataset? No claim cites it. Undo brings it back.</source>
        <translation>Удалить источник {id} из набора данных? Его не цитирует ни одно утверждение. Отмена вернёт его.</translation>
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
        <source>&amp;Article:</source>
        <translation>&amp;Статья:</translation>
    </message>
    <message>
        <source>Article shown</source>
        <translation>Показанная статья</translation>
    </message>
    <message>
        <source>Show any article of the dataset, one with no claims yet too</source>
        <translation>Показать любую статью набора, в том числе ещё без утверждений</translation>
    </message>
    <message>
        <source>Select words and press C to make a claim of them</source>
        <translation>Выделите слова и нажмите C, чтобы сделать из них утверждение</translation>
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
        <source>No claim selected: select words and press C to make one.</source>
        <translation>Утверждение не выбрано: выделите слова и нажмите C, чтобы создать его.</translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation>Утверждение не выбрано</translation>
    </message>
    <message>
        <source>Select a claim in the table, on the map or in the chart to see its source.</source>
        <translation>Выберите утверждение в таблице, на карте или на диаграмме, чтобы увидеть его источник.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) share these words:</source>
        <translation>
            <numerusform>Эти слова цитирует %n утверждение:</numerusform>
            <numerusform>Эти слова цитируют %n утверждения:</numerusform>
            <numerusform>Эти слова цитируют %n утверждений:</numerusform>
        </translation>
    </message>
    <message>
        <source>(no URL given)</source>
        <translation>(адрес не указан)</translation>
    </message>
    <message>
        <source>New &amp;Claim from Selection</source>
        <translation>Новое &amp;утверждение из выделенного</translation>
    </message>
    <message>
        <source>Other c&amp;laims on this flow</source>
        <translation>Другие &amp;утверждения об этом потоке</translation>
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
        <source>&amp;Figures not yet claimed ({n})</source>
        <translation>&amp;Числа без утверждений ({n})</translation>
    </message>
    <message numerus="yes">
        <source>The article changed on disk since the dataset was opened: %n quote(s) are no longer in it. Open the dataset again to check it.</source>
        <translation>
            <numerusform>Статья изменилась на диске после открытия набора: %n цитаты в ней больше нет. Откройте набор заново, чтобы проверить его.</numerusform>
            <numerusform>Статья изменилась на диске после открытия набора: %n цитат в ней больше нет. Откройте набор заново, чтобы проверить его.</numerusform>
            <numerusform>Статья изменилась на диске после открытия набора: %n цитат в ней больше нет. Откройте набор заново, чтобы проверить его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This quote occurs %n time(s) in the article; its quote_prefix or quote_suffix picks occurrence {k}, highlighted.</source>
        <translation>
            <numerusform>Эта цитата встречается в статье %n раз; её quote_prefix или quote_suffix выбирает вхождение №&#xa0;{k}, оно и выделено.</numerusform>
            <numerusform>Эта цитата встречается в статье %n раза; её quote_prefix или quote_suffix выбирает вхождение №&#xa0;{k}, оно и выделено.</numerusform>
            <numerusform>Эта цитата встречается в статье %n раз; её quote_prefix или quote_suffix выбирает вхождение №&#xa0;{k}, оно и выделено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This quote occurs %n time(s) in the article; the first is highlighted, as the dataset format says. A quote_prefix or quote_suffix in claims.csv would pick another.</source>
        <translation>
            <numerusform>Эта цитата встречается в статье %n раз; выделено первое вхождение, как велит формат набора данных. Другое можно выбрать через quote_prefix или quote_suffix в claims.csv.</numerusform>
            <numerusform>Эта цитата встречается в статье %n раза; выделено первое вхождение, как велит формат набора данных. Другое можно выбрать через quote_prefix или quote_suffix в claims.csv.</numerusform>
            <numerusform>Эта цитата встречается в статье %n раз; выделено первое вхождение, как велит формат набора данных. Другое можно выбрать через quote_prefix или quote_suffix в claims.csv.</numerusform>
        </translation>
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
        <source>No other claim on this flow by then.</source>
        <translation>К этому дню других утверждений об этом потоке нет.</translation>
    </message>
    <message>
        <source>… and {n} more (filter the table by this destination)</source>
        <translation>… и ещё {n} (отфильтруйте таблицу по этому направлению)</translation>
    </message>
    <message>
        <source>Published after {day}: {n} more.</source>
        <translation>Опубликовано после {day}: ещё {n}.</translation>
    </message>
    <message>
        <source>Click again to select the next.</source>
        <translation>Щёлкните ещё раз, чтобы выбрать следующее.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>{variable}={value} is not a language of Claims Atlas (it has {languages}); the interface is in English.</source>
        <translation>{variable}={value}: такого языка в Claims Atlas нет (есть {languages}); интерфейс на английском.</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Как в с&amp;истеме</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>▲ {n} more</source>
        <translation>▲ ещё {n}</translation>
    </message>
    <message>
        <source>▼ {n} more</source>
        <translation>▼ ещё {n}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <source>As of date</source>
        <translation>Дата, на которую показано</translation>
    </message>
    <message>
        <source>Show what was published by this day in every view</source>
        <translation>Показать во всех видах то, что было опубликовано к этому дню</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Show every claim again, whenever published (End)</source>
        <translation>Снова показать все утверждения, когда бы они ни были опубликованы (End)</translation>
    </message>
    <message>
        <source>A day earlier (Left)</source>
        <translation>На день раньше (стрелка влево)</translation>
    </message>
    <message>
        <source>A day earlier</source>
        <translation>На день раньше</translation>
    </message>
    <message>
        <source>A day later (Right)</source>
        <translation>На день позже (стрелка вправо)</translation>
    </message>
    <message>
        <source>A day later</source>
        <translation>На день позже</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <source>Go day by day through the story (Space)</source>
        <translation>Пройти историю день за днём (пробел)</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Скорость показа</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a second</source>
        <translation>
            <numerusform>%Ln день в секунду</numerusform>
            <numerusform>%Ln дня в секунду</numerusform>
            <numerusform>%Ln дней в секунду</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline of claims</source>
        <translation>Хронология утверждений</translation>
    </message>
    <message>
        <source>A row per destination, a mark per claim at its publication date. Left and Right move the &apos;as of&apos; day, Home goes to the first day a claim was published, Space plays, End returns to now, Page Up and Page Down scroll the rows; drag across dates to filter every view.</source>
        <translation>Строка на каждое направление, отметка на каждое утверждение в день его публикации. Стрелки влево и вправо меняют дату, Home переходит к первому дню публикации, пробел запускает показ, End возвращает к настоящему, Page Up и Page Down прокручивают строки; протяните по датам, чтобы отфильтровать все виды.</translation>
    </message>
    <message>
        <source>How the selected flow&apos;s figure moved</source>
        <translation>Как менялась цифра выбранного потока</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>На {day}</translation>
    </message>
    <message>
        <source>Every claim, whenever published</source>
        <translation>Все утверждения, когда бы они ни были опубликованы</translation>
    </message>
    <message>
        <source>Select a claim to see how its flow&apos;s figure moved.</source>
        <translation>Выберите утверждение, чтобы увидеть, как менялась цифра его потока.</translation>
    </message>
    <message numerus="yes">
        <source>How the figure moved: {destination}, {metric} (%n claim(s))</source>
        <translation>
            <numerusform>Как менялась цифра: {destination}, {metric} (%n утверждение)</numerusform>
            <numerusform>Как менялась цифра: {destination}, {metric} (%n утверждения)</numerusform>
            <numerusform>Как менялась цифра: {destination}, {metric} (%n утверждений)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How the figure moved: {destination}, {metric} ({known} of %n claim(s) by {day})</source>
        <translation>
            <numerusform>Как менялась цифра: {destination}, {metric} ({known} из %n утверждения к {day})</numerusform>
            <numerusform>Как менялась цифра: {destination}, {metric} ({known} из %n утверждений к {day})</numerusform>
            <numerusform>Как менялась цифра: {destination}, {metric} ({known} из %n утверждений к {day})</numerusform>
        </translation>
    </message>
    <message>
        <source>{claimant} ({type}) {stance}: {metric} {figure}, {destination}
{outlet}, {day}</source>
        <translation>{claimant} ({type}) {stance}: {metric} {figure}, {destination}
{outlet}, {day}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{n} claims on {destination}, published {when}: {kinds}</source>
        <translation>Утверждений о направлении «{destination}», опубликованных {when}: {n} — {kinds}</translation>
    </message>
    <message numerus="yes">
        <source>%n denial(s)</source>
        <translation>
            <numerusform>%Ln опровержение</numerusform>
            <numerusform>%Ln опровержения</numerusform>
            <numerusform>%Ln опровержений</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to select one of them.</source>
        <translation>Щёлкните, чтобы выбрать одно из них.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add claim {id}</source>
        <translation>Добавление утверждения {id}</translation>
    </message>
    <message>
        <source>Edit claim {id}</source>
        <translation>Правка утверждения {id}</translation>
    </message>
    <message>
        <source>Delete claim {id}</source>
        <translation>Удаление утверждения {id}</translation>
    </message>
    <message>
        <source>Add source {id}</source>
        <translation>Добавление источника {id}</translation>
    </message>
    <message>
        <source>Edit source {id}</source>
        <translation>Правка источника {id}</translation>
    </message>
    <message>
        <source>Delete source {id}</source>
        <translation>Удаление источника {id}</translation>
    </message>
    <message>
        <source>Edit article {id}</source>
        <translation>Изменить статью {id}</translation>
    </message>
    <message>
        <source>Import article {id}</source>
        <translation>Импортировать статью {id}</translation>
    </message>
</context>
<context>
    <name>WidthLegend</name>
    <message>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>dotted: no figure</source>
        <translation>точками: без цифры</translation>
    </message>
    <message>
        <source>dashed: per day</source>
        <translation>штрихами: в день</translation>
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
        <source>“{text}”</source>
        <comment>a claim&apos;s own vague wording of its figure, e.g. “tens of thousands”</comment>
        <translation>«{text}»</translation>
    </message>
    <message>
        <source>{worded} ({bounds})</source>
        <comment>a vague wording, then the bounds read from it: “tens of thousands” (10,000–99,999)</comment>
        <translation>{worded} ({bounds})</translation>
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
        <source>from {start} to {end}</source>
        <comment>the period a figure counts, both ends known (no dash: a line may break after one)</comment>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <comment>the period a figure counts, with no end given</comment>
        <translation>с {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <comment>the period a figure counts, with no start given</comment>
        <translation>по состоянию на {end}</translation>
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
