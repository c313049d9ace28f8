<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/cli.py" line="53"/>
        <source>TBPA Registry: transboundary protected-area networks of Kazakhstan and the Central Asian range states.</source>
        <translation>Реестр трансграничных ООПТ: трансграничные сети ООПТ Казахстана и государств ареала Центральной Азии.</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="58"/>
        <source>show tracebacks</source>
        <translation>показывать трассировку стека</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="59"/>
        <source>language of messages (default: from LANG)</source>
        <translation>язык сообщений (по умолчанию — из LANG)</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="96"/>
        <source>error: {message}</source>
        <translation>ошибка: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="99"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../plugin/demo.py" line="40"/>
        <source>Demo registry: {path}</source>
        <translation>Демонстрационный реестр: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="32"/>
        <source>TBPA Registry</source>
        <translation>Реестр трансграничных ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="248"/>
        <source>New registry…</source>
        <translation>Новый реестр…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="250"/>
        <source>Open registry…</source>
        <translation>Открыть реестр…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="504"/>
        <source>Open demo registry</source>
        <translation>Открыть демонстрационный реестр</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="419"/>
        <source>New registry</source>
        <translation>Новый реестр</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="433"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="419"/>
        <source>Title of the registry:</source>
        <translation>Название реестра:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="433"/>
        <source>Open registry</source>
        <translation>Открыть реестр</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="36"/>
        <source>TBPA Registry: transboundary protected-area networks</source>
        <translation>Реестр трансграничных ООПТ: сети особо охраняемых природных территорий по обе стороны границ</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="143"/>
        <source>Protected areas</source>
        <translation>ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="279"/>
        <source>Reintroduction sites</source>
        <translation>Участки реинтродукции</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="161"/>
        <source>Range states</source>
        <translation>Государства ареала</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="30"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="31"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="60"/>
        <source>Planned</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <location filename="../plugin/demo_commands.py" line="17"/>
        <source>build the demo registry and its outputs</source>
        <translation>построить демонстрационный реестр и его результаты</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="31"/>
        <source>output folder</source>
        <translation>папка для результатов</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="17"/>
        <source>create an empty registry</source>
        <translation>создать пустой реестр</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="20"/>
        <source>title of the registry</source>
        <translation>название реестра</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="21"/>
        <source>leave the range_states table empty</source>
        <translation>оставить таблицу range_states пустой</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="25"/>
        <source>check a registry against the contract</source>
        <translation>проверить реестр на соответствие схеме данных</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="29"/>
        <source>networks and PAs by status and country</source>
        <translation>сети и ООПТ по статусу и странам</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="39"/>
        <source>Created {path} with {count} range states</source>
        <translation>Создан {path}; государств ареала: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="50"/>
        <source>{path}: {count} problem(s)</source>
        <translation>{path}: найдено проблем: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="53"/>
        <source>{path}: valid registry</source>
        <translation>{path}: реестр корректен</translation>
    </message>
    <message>
        <location filename="../plugin/registry/geojson.py" line="44"/>
        <source>unsupported geometry type &apos;{kind}&apos;</source>
        <translation>неподдерживаемый тип геометрии «{kind}»</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="34"/>
        <source>{table} &apos;{record}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>{table} «{record}», поле «{field}»: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="47"/>
        <source>&apos;{value}&apos; is not a valid identifier (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; at most 64 characters)</source>
        <translation>«{value}» — недопустимый идентификатор (латинские буквы, цифры, «-», «_», «.»; не более 64 символов)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="57"/>
        <source>unknown ISO3 code &apos;{value}&apos; (expected one of {known})</source>
        <translation>неизвестный код ISO3 «{value}» (допустимы: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="68"/>
        <source>unknown species &apos;{value}&apos; (expected one of {known})</source>
        <translation>неизвестный вид «{value}» (допустимы: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="90"/>
        <source>unknown value &apos;{value}&apos; (expected one of {known})</source>
        <translation>неизвестное значение «{value}» (допустимы: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="105"/>
        <source>&apos;{value}&apos; is not a year</source>
        <translation>«{value}» — не год</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="107"/>
        <source>year {value} is out of range 1850-2100</source>
        <translation>год {value} вне диапазона 1850–2100</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="134"/>
        <source>no geometry</source>
        <translation>нет геометрии</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="181"/>
        <source>a value is required</source>
        <translation>требуется значение</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="201"/>
        <source>the geometry is empty</source>
        <translation>геометрия пуста</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="203"/>
        <source>the geometry is a {found}, expected a {expected}</source>
        <translation>тип геометрии — {found}, ожидается {expected}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="211"/>
        <source>the geometry is invalid ({reason})</source>
        <translation>геометрия некорректна ({reason})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="218"/>
        <source>the coordinates are not longitude/latitude (EPSG:4326)</source>
        <translation>координаты заданы не в долготе/широте (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="268"/>
        <source>unknown IUCN category &apos;{value}&apos; (expected one of {known})</source>
        <translation>неизвестная категория МСОП «{value}» (допустимы: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="305"/>
        <source>a transboundary network needs at least two range states</source>
        <translation>в трансграничную сеть должны входить не менее двух государств ареала</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="352"/>
        <source>&apos;{value}&apos; is not 0 or 1</source>
        <translation>«{value}» — не 0 и не 1</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="359"/>
        <source>a site is one point, not several</source>
        <translation>участок задаётся одной точкой, а не несколькими</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="385"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM or YYYY-MM-DD</source>
        <translation>«{value}» — не дата в формате ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="396"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="398"/>
        <source>the number of animals must be positive, not {value}</source>
        <translation>число животных должно быть положительным, а не {value}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="58"/>
        <source>{file}: cannot read GeoJSON ({error})</source>
        <translation>{file}: не удаётся прочитать GeoJSON ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="67"/>
        <source>{file}, feature {number}: {error}</source>
        <translation>{file}, объект {number}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="77"/>
        <source>{file}: cannot read CSV ({error})</source>
        <translation>{file}: не удаётся прочитать CSV ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="84"/>
        <source>{file}, line {number}: {error}</source>
        <translation>{file}, строка {number}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="125"/>
        <source>imported from {file}</source>
        <translation>импортировано из {file}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="99"/>
        <source>{path} exists already</source>
        <translation>{path} уже существует</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="139"/>
        <source>{path}: no such registry file</source>
        <translation>{path}: файл реестра не найден</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="149"/>
        <source>{path} is not a registry GeoPackage ({error})</source>
        <translation>{path} не является GeoPackage реестра ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="154"/>
        <source>{path} has registry schema version {found}, newer than this plugin knows ({known}); update the plugin to open it</source>
        <translation>версия схемы реестра {path} — {found}, она новее известной этому модулю ({known}); обновите модуль, чтобы открыть реестр</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="174"/>
        <source>{path} has no table registry_meta: not a registry</source>
        <translation>в {path} нет таблицы registry_meta: это не реестр</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="178"/>
        <source>{path}: registry_meta has no valid schema_version</source>
        <translation>{path}: в registry_meta нет корректного schema_version</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="284"/>
        <source>The registry {path} is locked by another program (QGIS or the command line is writing to it); try again in a moment</source>
        <translation>Реестр {path} заблокирован другой программой (в него записывает QGIS или командная строка); повторите попытку чуть позже</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="345"/>
        <source>no {what} &apos;{value}&apos; in the registry</source>
        <translation>{what} «{value}» отсутствует в реестре</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="350"/>
        <source>network</source>
        <translation>сеть</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="353"/>
        <source>protected area</source>
        <translation>ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="355"/>
        <source>reintroduction site</source>
        <translation>участок реинтродукции</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="383"/>
        <source>this identifier is already in the registry</source>
        <translation>этот идентификатор уже есть в реестре</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="413"/>
        <source>{table} rows are added or removed, not updated</source>
        <translation>строки {table} добавляются или удаляются, но не изменяются</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="452"/>
        <source>no such record in the registry</source>
        <translation>такой записи в реестре нет</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="438"/>
        <source>unknown entity &apos;{entity}&apos;</source>
        <translation>неизвестный тип записи «{entity}»</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="476"/>
        <source>schema_version is kept by the registry itself</source>
        <translation>schema_version ведёт сам реестр</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="32"/>
        <source>Networks: {total} ({detail})</source>
        <translation>Сети: {total} ({detail})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="35"/>
        <source>Protected areas: {total} ({detail})</source>
        <translation>ООПТ: {total} ({detail})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="37"/>
        <source>Protected areas by country: {detail}</source>
        <translation>ООПТ по странам: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="39"/>
        <source>Area by status (km2): {detail}</source>
        <translation>Площадь по статусу (км²): {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="43"/>
        <source>Reintroduction sites: {sites}, releases: {releases}</source>
        <translation>Участки реинтродукции: {sites}, выпуски: {releases}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="70"/>
        <source>duplicated identifier</source>
        <translation>повторяющийся идентификатор</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="80"/>
        <source>stored area {stored} km2 differs from the geodesic area {area} km2</source>
        <translation>сохранённая площадь {stored} км² отличается от геодезической площади {area} км²</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="92"/>
        <source>the table is missing</source>
        <translation>таблица отсутствует</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="97"/>
        <source>the field is missing</source>
        <translation>поле отсутствует</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="106"/>
        <source>no network &apos;{value}&apos;</source>
        <translation>нет сети «{value}»</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="113"/>
        <source>no protected area &apos;{value}&apos;</source>
        <translation>нет ООПТ «{value}»</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="117"/>
        <source>no reintroduction site &apos;{value}&apos;</source>
        <translation>нет участка реинтродукции «{value}»</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="76"/>
        <source>unknown partner &apos;{value}&apos; (expected one of {known})</source>
        <translation>неизвестное государство-партнёр «{value}» (допустимы: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="80"/>
        <source>the border distance must be between 0 and 2000 km, not {value}</source>
        <translation>расстояние от границы должно быть от 0 до 2000 км, а не {value}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="84"/>
        <source>unknown coordinate reference system &apos;{value}&apos;</source>
        <translation>неизвестная система координат «{value}»</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="114"/>
        <source>Package: {path}</source>
        <translation>Пакет: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="115"/>
        <source>  {layer}: {count}</source>
        <translation>  {layer}: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="116"/>
        <source>Warning: {message}</source>
        <translation>Предупреждение: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="123"/>
        <source>Export cancelled; no package was written</source>
        <translation>Экспорт отменён; пакет не записан</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="134"/>
        <source>the registry has no borders of {partner}: only its own protected areas, sites and networks are included</source>
        <translation>в реестре нет границ государства {partner}: включены только его собственные ООПТ, участки и сети</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="272"/>
        <source>the cross-border gap analysis is not available: no gap layer</source>
        <translation>анализ трансграничных пробелов недоступен: нет слоя пробелов</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="274"/>
        <source>no gap layer: the gap analysis failed ({error})</source>
        <translation>нет слоя пробелов: анализ пробелов завершился ошибкой ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="575"/>
        <source>{count} sensitive site(s) generalised to a {km:g} km grid</source>
        <translation>уязвимых участков, генерализованных до сетки {km:g} км: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="578"/>
        <source>sensitive sites are included at their exact location</source>
        <translation>уязвимые участки включены с точными координатами</translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="22"/>
        <source>{requirement} ({found})</source>
        <translation>{requirement} ({found})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="22"/>
        <source>not installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="27"/>
        <source>TBPA Registry is not active: QGIS&apos;s Python lacks {wanted}. Install it, e.g. python3 -m pip install --user --break-system-packages {command} (Debian/Ubuntu) or pip in the OSGeo4W Shell (Windows), then restart QGIS.</source>
        <translation>Реестр трансграничных ООПТ не активен: в Python для QGIS нет {wanted}. Установите, например: python3 -m pip install --user --break-system-packages {command} (Debian/Ubuntu) или pip в OSGeo4W Shell (Windows), затем перезапустите QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="61"/>
        <source>In enclosure</source>
        <translation>В вольере</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="62"/>
        <source>Released</source>
        <translation>Выпущены</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="63"/>
        <source>Established</source>
        <translation>Популяция сформирована</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="103"/>
        <source>Sensitive sites (tiger by default) are drawn at their recorded position only in this QGIS; every export and every shared project generalises them (10 km grid) unless the partner is entitled to exact locations.</source>
        <translation>Уязвимые участки (по умолчанию — тигр) показаны в точном месте только в этой копии QGIS; при любом экспорте и в любом передаваемом проекте они генерализуются (сетка 10 км), если у партнёра нет права на точные координаты.</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="15"/>
        <source>Release events</source>
        <translation>Выпуски животных</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="258"/>
        <source>{registry}: cannot open the layer {table}</source>
        <translation>{registry}: не удаётся открыть слой {table}</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="250"/>
        <source>Animals released at each reintroduction site: date (YYYY-MM or YYYY-MM-DD), number of animals and where they came from.</source>
        <translation>Животные, выпущенные на каждом участке реинтродукции: дата (ГГГГ-ММ или ГГГГ-ММ-ДД), число животных и откуда они привезены.</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="261"/>
        <source>{registry}: cannot filter {table} by species</source>
        <translation>{registry}: не удаётся отфильтровать {table} по виду</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="272"/>
        <source>Reintroduction sites of {species} ({scientific}), coloured by stage: planned, in enclosure, released, established. Each site appears from its first release on. {sensitivity}</source>
        <translation>Участки реинтродукции: {species} ({scientific}), цвет — по этапу: планируется, в вольере, выпущены, популяция сформирована. Каждый участок появляется с момента первого выпуска. {sensitivity}</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="21"/>
        <source>find cross-border gaps of the network between neighbouring states</source>
        <translation>найти пробелы сети ООПТ на границах соседних государств</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="49"/>
        <source>registry GeoPackage</source>
        <translation>GeoPackage реестра</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="24"/>
        <source>GeoPackage to write the layer {layer} to (replaced)</source>
        <translation>GeoPackage для записи слоя {layer} (слой заменяется)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="27"/>
        <source>a PA this close to a neighbour needs a partner (default 25)</source>
        <translation>ООПТ, лежащей ближе этого расстояния к соседнему государству, нужна партнёрская (км, по умолчанию 25)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="29"/>
        <source>a partner PA must lie this close (default 50)</source>
        <translation>партнёрская ООПТ должна лежать не дальше этого расстояния (км, по умолчанию 50)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="31"/>
        <source>statuses that count, e.g. created,draft (default all)</source>
        <translation>учитываемые статусы, например created,draft (по умолчанию все)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="33"/>
        <source>override a species&apos; dispersal distance, e.g. kulan=150</source>
        <translation>заменить дальность расселения вида, например kulan=150</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="67"/>
        <source>Written: {path} (layer {layer})</source>
        <translation>Записано: {path} (слой {layer})</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gap_features.py" line="78"/>
        <source>{path}: cannot write the gaps ({error})</source>
        <translation>{path}: не удаётся записать пробелы ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gap_features.py" line="116"/>
        <source>Cross-border gaps: {count}</source>
        <translation>Трансграничные пробелы: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gap_features.py" line="118"/>
        <source>  {label} ({type}): {count}</source>
        <translation>  {label} ({type}): {count}</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gap_features.py" line="122"/>
        <source>By neighbour (or state concerned):</source>
        <translation>По соседнему (или затронутому) государству:</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="84"/>
        <source>Border PA without partner</source>
        <translation>Приграничная ООПТ без партнёрской</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="85"/>
        <source>Network state without member</source>
        <translation>Государство сети без ООПТ-участницы</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="86"/>
        <source>Network ahead of member</source>
        <translation>Статус сети опережает участницу</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="87"/>
        <source>Reintroduction site without partner</source>
        <translation>Участок реинтродукции без партнёрской ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="107"/>
        <source>unknown status &apos;{value}&apos; (expected one of {known})</source>
        <translation>неизвестный статус «{value}» (допустимы: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="164"/>
        <source>no status given: name at least one of {known}</source>
        <translation>статус не задан: укажите хотя бы один из {known}</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="129"/>
        <source>dispersal distance &apos;{text}&apos; is not written species=km, e.g. kulan=150</source>
        <translation>дальность расселения «{text}» записана не как вид=км, например kulan=150</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="138"/>
        <source>dispersal distance of {species}: &apos;{value}&apos; is not a number of km</source>
        <translation>дальность расселения ({species}): «{value}» — не число километров</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="170"/>
        <source>dispersal distance of {species}</source>
        <translation>дальность расселения ({species})</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="181"/>
        <source>{name}: &apos;{value}&apos; is not a number of km</source>
        <translation>{name}: «{value}» — не число километров</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="184"/>
        <source>{name} must be a distance of 0 km or more, not {value}</source>
        <translation>{name}: расстояние должно быть не меньше 0 км, а не {value}</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="187"/>
        <source>{name} of {value} km is beyond the {limit} km this analysis measures</source>
        <translation>{name}: {value} км — больше предела {limit} км, до которого измеряет этот анализ</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="487"/>
        <source>the geometry is empty or not a polygon</source>
        <translation>геометрия пуста или не является полигоном</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="635"/>
        <source>{pa} ({iso3}) reaches the border with {neighbour}, which has no protected area within {partner} km</source>
        <translation>{pa} ({iso3}) выходит к границе с государством {neighbour}, у которого нет ООПТ в пределах {partner} км от этой ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="638"/>
        <source>{pa} ({iso3}) lies {distance} km from {neighbour}, which has no protected area within {partner} km</source>
        <translation>{pa} ({iso3}) находится в {distance} км от государства {neighbour}, у которого нет ООПТ в пределах {partner} км от этой ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="654"/>
        <source>{species} site {site} ({iso3}) lies {distance} km from {neighbour}, within the {reach} km the species disperses, and {neighbour} has no protected area within {reach} km of the site</source>
        <translation>Участок «{site}» ({species}, {iso3}) находится в {distance} км от государства {neighbour}, в пределах дальности расселения вида ({reach} км), а у государства {neighbour} нет ООПТ в пределах {reach} км от участка</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="678"/>
        <source>Network {network} lists {state}, but none of its member protected areas lies in {state}: add the partner site in {state} or take {state} off the network</source>
        <translation>В сеть «{network}» входит {state}, но ни одна из её ООПТ не лежит на территории страны {state}: добавьте партнёрскую ООПТ в стране {state} или исключите страну {state} из сети</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="689"/>
        <source>Network {network} is {network_status}, but its member {pa} ({iso3}) is only {member_status}: advance the member or correct the network&apos;s status</source>
        <translation>Сеть «{network}» имеет статус «{network_status}», а её участница {pa} ({iso3}) — лишь «{member_status}»: продвиньте участницу или исправьте статус сети</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="25"/>
        <source>write a shapefile package for a neighbouring range state</source>
        <translation>записать пакет шейп-файлов для соседнего государства ареала</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="28"/>
        <source>ISO3 code of the partner state</source>
        <translation>код ISO3 государства-партнёра</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="32"/>
        <source>coordinate reference system of the shapefiles</source>
        <translation>система координат шейп-файлов</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="34"/>
        <source>include other states&apos; areas and sites this close to the partner (km)</source>
        <translation>включить ООПТ и участки других государств не дальше этого от партнёра (км)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="37"/>
        <source>give sensitive sites at their exact location</source>
        <translation>передать уязвимые участки с точными координатами</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="39"/>
        <source>name the protected areas&apos; fields as WDPA does</source>
        <translation>назвать поля ООПТ как в WDPA</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="43"/>
        <source>check and merge a partner&apos;s package into the registry</source>
        <translation>проверить пакет партнёра и объединить его с реестром</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="50"/>
        <source>zip, folder of shapefiles, or one .shp</source>
        <translation>zip-архив, папка шейп-файлов или один .shp</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="52"/>
        <source>print the report and write nothing</source>
        <translation>вывести отчёт, ничего не записывая</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="54"/>
        <source>text encoding of the DBF files (e.g. cp1251, UTF-8)</source>
        <translation>кодировка текста в файлах DBF (например, cp1251, UTF-8)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="56"/>
        <source>coordinate system of shapefiles without .prj</source>
        <translation>система координат шейп-файлов без .prj</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="82"/>
        <source>{package}: refused, {count} problem(s); the registry is unchanged:
{shown}</source>
        <translation>{package}: отклонён, проблем: {count}; реестр не изменён:
{shown}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="85"/>
        <source>  ... and {count} more</source>
        <translation>  … и ещё {count}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="147"/>
        <source>Dry run of {package}: nothing was written</source>
        <translation>Пробный прогон для {package}: ничего не записано</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="147"/>
        <source>Imported {package}</source>
        <translation>Пакет {package} импортирован</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="150"/>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="150"/>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="151"/>
        <source>CONFLICT, left untouched</source>
        <translation>КОНФЛИКТ, оставлено без изменений</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="152"/>
        <source>geometry repaired</source>
        <translation>геометрия исправлена</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="152"/>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="138"/>
        <source>{added} added, {updated} updated, {skipped} identical, {conflicts} conflict(s), {repaired} geometry repair(s)</source>
        <translation>добавлено: {added}, обновлено: {updated}, совпадает: {skipped}, конфликтов: {conflicts}, исправлений геометрии: {repaired}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="261"/>
        <source>file {file}, layer {layer}</source>
        <translation>файл {file}, слой {layer}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="263"/>
        <source>, feature {number}</source>
        <translation>, объект {number}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="265"/>
        <source>, field {field}</source>
        <translation>, поле {field}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="297"/>
        <source>{where}: the geometry is empty</source>
        <translation>{where}: геометрия пуста</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="294"/>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="411"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="449"/>
        <source>file {file}, line {line}, field {field}: {problem}</source>
        <translation>файл {file}, строка {line}, поле {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="503"/>
        <source>{folder}: no shapefile in the package</source>
        <translation>{folder}: в пакете нет шейп-файлов</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="936"/>
        <source>Import cancelled; nothing was written</source>
        <translation>Импорт отменён; ничего не записано</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="525"/>
        <source>{where}: not a registry layer (no pa_id, TBPA_ID, WDPAID, site_id or net_id field)</source>
        <translation>{where}: это не слой реестра (нет поля pa_id, TBPA_ID, WDPAID, site_id или net_id)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="529"/>
        <source>gap layers are results of the analysis; not imported</source>
        <translation>слои пробелов — результаты анализа; не импортируются</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="649"/>
        <source>location generalised by the sender</source>
        <translation>местоположение генерализовано отправителем</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="653"/>
        <source>country {ours} in the registry, {theirs} in the package</source>
        <translation>страна в реестре — {ours}, в пакете — {theirs}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="671"/>
        <source>geometry far from the registry&apos;s: centres {km:.1f} km apart, outlines differ by up to {outline:.1f} km</source>
        <translation>геометрия далека от имеющейся в реестре: центры в {km:.1f} км друг от друга, контуры расходятся до {outline:.1f} км</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="691"/>
        <source>geometry moved by up to {metres:.0f} m</source>
        <translation>геометрия смещена не более чем на {metres:.0f} м</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="798"/>
        <source>file network_members.csv: member {pair} names a network or protected area that is neither in the package nor in the registry</source>
        <translation>файл network_members.csv: участник {pair} ссылается на сеть или ООПТ, которых нет ни в пакете, ни в реестре</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="826"/>
        <source>layer reintroduction_sites, site {site}, field pa_id: no protected area &apos;{pa}&apos; in the package or the registry</source>
        <translation>слой reintroduction_sites, участок {site}, поле pa_id: ООПТ «{pa}» нет ни в пакете, ни в реестре</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="864"/>
        <source>file releases.csv: release of {date} names site &apos;{site}&apos;, neither in the package nor in the registry</source>
        <translation>файл releases.csv: выпуск от {date} ссылается на участок «{site}», которого нет ни в пакете, ни в реестре</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="939"/>
        <source>partner package {name}</source>
        <translation>пакет партнёра {name}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="92"/>
        <source>{file}: the zip is empty</source>
        <translation>{file}: zip-архив пуст</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="94"/>
        <source>{file}: {count} entries, more than the limit of {limit}</source>
        <translation>{file}: записей {count}, больше предела {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="100"/>
        <source>{file}: entry &apos;{entry}&apos; has an absolute path or &apos;..&apos;; the package is refused (nothing was extracted)</source>
        <translation>{file}: запись «{entry}» содержит абсолютный путь или «..»; пакет отклонён (ничего не извлечено)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="104"/>
        <source>{file}: entry &apos;{entry}&apos; is a symbolic link; refused</source>
        <translation>{file}: запись «{entry}» — символическая ссылка; отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="124"/>
        <source>{file}: entry &apos;{entry}&apos; is {size} bytes, over the limit of {limit}</source>
        <translation>{file}: запись «{entry}» занимает {size} байт, больше предела {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="130"/>
        <source>{file}: entry &apos;{entry}&apos; inflates {ratio:.0f} times (a zip bomb?); refused</source>
        <translation>{file}: запись «{entry}» при распаковке увеличивается в {ratio:.0f} раз (zip-бомба?); отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="136"/>
        <source>{file}: {size} bytes once unpacked, over the limit of {limit}</source>
        <translation>{file}: после распаковки {size} байт, больше предела {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="146"/>
        <source>{file}: not a readable zip ({error})</source>
        <translation>{file}: не удаётся прочитать как zip ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="154"/>
        <source>{file}: entry &apos;{entry}&apos; points outside the package</source>
        <translation>{file}: запись «{entry}» указывает за пределы пакета</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="166"/>
        <source>{file}: entry &apos;{entry}&apos; inflates beyond its declared size or the limits (a zip bomb?); refused</source>
        <translation>{file}: запись «{entry}» при распаковке превышает заявленный размер или пределы (zip-бомба?); отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="173"/>
        <source>{file}: entry &apos;{entry}&apos; is damaged ({error})</source>
        <translation>{file}: запись «{entry}» повреждена ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="186"/>
        <source>{file}: no such file or folder</source>
        <translation>{file}: нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="262"/>
        <source>{file}: listed in manifest.json but missing from the package</source>
        <translation>{file}: указан в manifest.json, но отсутствует в пакете</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="270"/>
        <source>{file}: its SHA-256 differs from manifest.json (damaged or changed after export)</source>
        <translation>{file}: SHA-256 не совпадает с manifest.json (файл повреждён или изменён после экспорта)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="407"/>
        <source>{file}: the {part} file is missing (an incomplete shapefile)</source>
        <translation>{file}: нет файла {part} (неполный шейп-файл)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="368"/>
        <source>{file}: not a shapefile (bad header)</source>
        <translation>{file}: не шейп-файл (неверный заголовок)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="371"/>
        <source>{file}: the file is {size} bytes but its header says {declared}: truncated or damaged</source>
        <translation>{file}: размер файла {size} байт, а в заголовке указано {declared}: файл обрезан или повреждён</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="329"/>
        <source>{file}: not a dBASE file (too short)</source>
        <translation>{file}: не файл dBASE (слишком короткий)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="346"/>
        <source>{file}: holds {size} bytes, fewer than its {records} records need: truncated or not a dBASE file</source>
        <translation>{file}: содержит {size} байт — меньше, чем нужно для его {records} записей: файл обрезан или это не dBASE</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="471"/>
        <source>{where}: unknown text encoding &apos;{name}&apos;</source>
        <translation>{where}: неизвестная кодировка текста «{name}»</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="718"/>
        <source>--encoding</source>
        <translation>параметр --encoding</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="491"/>
        <source>detected</source>
        <translation>автоопределение</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="493"/>
        <source>{file}: no .cpg and the text is neither UTF-8 nor Cyrillic cp1251; give the encoding with --encoding</source>
        <translation>{file}: нет файла .cpg, а текст не в UTF-8 и не в кириллической cp1251; укажите кодировку параметром --encoding</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="500"/>
        <source>{file}: {source} says UTF-8 but the text is not UTF-8 (for instance {sample!r}); give the right --encoding, e.g. cp1251</source>
        <translation>{file}: {source} указывает UTF-8, но текст не в UTF-8 (например, {sample!r}); укажите правильную кодировку через --encoding, например cp1251</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="505"/>
        <source>{file}: {source} says {encoding} but the text is UTF-8; reading it as {encoding} would store garbled names (mojibake)</source>
        <translation>{file}: {source} указывает {encoding}, но текст в UTF-8; если читать его как {encoding}, названия сохранятся искажёнными («кракозябры»)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="513"/>
        <source>{file}: the text cannot be read as {encoding} ({source})</source>
        <translation>{file}: текст не читается в кодировке {encoding} ({source})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="672"/>
        <source>{file}: cannot be read as a shapefile ({error})</source>
        <translation>{file}: не удаётся прочитать как шейп-файл ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="632"/>
        <source>unknown coordinate reference system &apos;{value}&apos; (--crs)</source>
        <translation>неизвестная система координат «{value}» (--crs)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="637"/>
        <source>{file}: no .prj file, so the coordinates&apos; system is unknown; give it with --crs (e.g. --crs EPSG:4326)</source>
        <translation>{file}: нет файла .prj, поэтому система координат неизвестна; укажите её параметром --crs (например, --crs EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="715"/>
        <source>{file}: the text is not UTF-8; give its encoding with --encoding</source>
        <translation>{file}: текст не в UTF-8; укажите кодировку параметром --encoding</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="731"/>
        <source>{file}: not a readable CSV ({error})</source>
        <translation>{file}: не удаётся прочитать как CSV ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="36"/>
        <source>&amp;TBPA Registry</source>
        <translation>&amp;Реестр трансграничных ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/project/gap_layers.py" line="49"/>
        <source>Cross-border gaps</source>
        <translation>Трансграничные пробелы</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="59"/>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="67"/>
        <source>Finds where the network of protected areas has a hole at a border between neighbouring range states, one feature per flag:
- {t1}: a protected area within the border distance of a neighbour that has no protected area within the partner distance of it;
- {t2}: a network lists a state where none of its members lies;
- {t3}: a network&apos;s status is ahead of a member&apos;s (planned &lt; draft &lt; created);
- {t4}: a reintroduction site within its species&apos; dispersal distance of a neighbour that has no protected area within that distance of the site.
Distances are geodesic, in km. Only protected areas and networks with one of the chosen statuses take part. Dispersal distances default to the species catalogue; override them as species=km separated by &apos;;&apos;, e.g. kulan=150;saiga=300.</source>
        <translation>Находит места, где в сети ООПТ есть пробел на границе соседних государств ареала, по одному объекту на каждый случай:
- {t1}: ООПТ ближе расстояния от границы к соседнему государству, у которого нет ООПТ в пределах расстояния до партнёра;
- {t2}: в сеть входит государство, где нет ни одной её ООПТ;
- {t3}: статус сети опережает статус её участницы (планируется &lt; проект &lt; создана);
- {t4}: участок реинтродукции ближе дальности расселения вида к соседнему государству, у которого нет ООПТ на таком расстоянии от участка.
Расстояния геодезические, в км. Учитываются только ООПТ и сети с выбранными статусами. Дальности расселения берутся из каталога видов; их можно заменить в виде вид=км через «;», например kulan=150;saiga=300.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/registry_input.py" line="37"/>
        <source>Registry GeoPackage</source>
        <translation>GeoPackage реестра</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="93"/>
        <source>Border distance (km)</source>
        <translation>Расстояние от границы (км)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="92"/>
        <source>Partner distance (km)</source>
        <translation>Расстояние до партнёрской ООПТ (км)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="97"/>
        <source>Statuses that count</source>
        <translation>Учитываемые статусы</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="101"/>
        <source>Dispersal distances (species=km;…), overriding the catalogue</source>
        <translation>Дальности расселения (вид=км;…) вместо каталожных</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="106"/>
        <source>Number of gaps</source>
        <translation>Число пробелов</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="113"/>
        <source>choose at least one status</source>
        <translation>выберите хотя бы один статус</translation>
    </message>
    <message>
        <location filename="../plugin/project/gap_layers.py" line="52"/>
        <source>{path}: no layer {layer}</source>
        <translation>{path}: нет слоя {layer}</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="103"/>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="108"/>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="147"/>
        <source>Networks</source>
        <translation>Сети</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="149"/>
        <source>Network members</source>
        <translation>Состав сетей</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="177"/>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="229"/>
        <source>The group {group} lacks a registry layer</source>
        <translation>В группе {group} не хватает слоя реестра</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="67"/>
        <source>{file}: cannot apply the style to the layer {layer} ({reason})</source>
        <translation>{file}: не удаётся применить стиль к слою {layer} ({reason})</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="141"/>
        <source>Transboundary protected area</source>
        <translation>Трансграничная охраняемая территория</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="141"/>
        <source>Transboundary conservation landscape</source>
        <translation>Трансграничный природоохранный ландшафт</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="141"/>
        <source>Transboundary migratory conservation area</source>
        <translation>Трансграничная природоохранная территория для мигрирующих видов</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="275"/>
        <source>Members of the network</source>
        <translation>ООПТ сети</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="275"/>
        <source>Networks of the protected area</source>
        <translation>Сети, в которые входит ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="18"/>
        <source>registry to create: a GeoPackage path, or a PostgreSQL connection (postgresql://... or service=NAME)</source>
        <translation>создаваемый реестр: путь к GeoPackage или подключение к PostgreSQL (postgresql://... или service=ИМЯ)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="30"/>
        <source>GeoPackage path or PostgreSQL connection</source>
        <translation>путь к GeoPackage или подключение к PostgreSQL</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="59"/>
        <source>only an editor of the record&apos;s country (role tbpa_editor_&lt;iso3&gt;; for networks, of one of its range states) may add it</source>
        <translation>добавить запись может только редактор её страны (роль tbpa_editor_&lt;iso3&gt;; для сетей — одного из её государств ареала)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="62"/>
        <source>only an editor of the record&apos;s country (role tbpa_editor_&lt;iso3&gt;; for networks, of one of its range states) may change it</source>
        <translation>изменить запись может только редактор её страны (роль tbpa_editor_&lt;iso3&gt;; для сетей — одного из её государств ареала)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="65"/>
        <source>only an editor of the record&apos;s country (role tbpa_editor_&lt;iso3&gt;; for networks, of one of its range states) may delete it</source>
        <translation>удалить запись может только редактор её страны (роль tbpa_editor_&lt;iso3&gt;; для сетей — одного из её государств ареала)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="186"/>
        <source>&apos;{schema}&apos; is not a usable schema name (lower-case letters, digits and &apos;_&apos;)</source>
        <translation>«{schema}» не годится как имя схемы (строчные латинские буквы, цифры и «_»)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="114"/>
        <source>Cannot connect to {location}: {error}</source>
        <translation>Не удаётся подключиться к {location}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="136"/>
        <source>{location}: schema {schema} exists already</source>
        <translation>{location}: схема {schema} уже существует</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="169"/>
        <source>{location}: no registry in schema {schema} (create one with `python -m plugin new`)</source>
        <translation>{location}: в схеме {schema} нет реестра (создайте его командой `python -m plugin new`)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="187"/>
        <source>{location}: the schema needs an update that only its owner may run ({error})</source>
        <translation>{location}: схеме нужно обновление, которое может выполнить только её владелец ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="297"/>
        <source>{table}: refused by the rule {rule} ({meaning}); you are connected as {role}</source>
        <translation>{table}: отклонено правилом {rule} ({meaning}); вы подключены как {role}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="301"/>
        <source>{location}: refused by the database&apos;s privileges ({error}); you are connected as {role}</source>
        <translation>{location}: отклонено правами базы данных ({error}); вы подключены как {role}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="307"/>
        <source>The registry {path} is locked by another program; try again in a moment</source>
        <translation>Реестр {path} заблокирован другой программой; повторите попытку чуть позже</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="309"/>
        <source>{location}: the database refused the operation: {error}</source>
        <translation>{location}: база данных отклонила операцию: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="410"/>
        <source>{location}: no table {table}</source>
        <translation>{location}: нет таблицы {table}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="583"/>
        <source>{table} &apos;{record}&apos; was changed by {who} at {when} since you read it (version {read}, now {current}); reload it and make your change again</source>
        <translation>{table} «{record}»: запись изменена пользователем {who} ({when}) после того, как вы её прочитали (версия {read}, теперь {current}); загрузите её заново и повторите изменение</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="588"/>
        <source>{table} &apos;{record}&apos;: refused by the rule {rule} ({meaning}); you are connected as {role}</source>
        <translation>{table} «{record}»: отклонено правилом {rule} ({meaning}); вы подключены как {role}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="15"/>
        <source>copy a whole registry between a GeoPackage and PostGIS (either way)</source>
        <translation>скопировать весь реестр между GeoPackage и PostGIS (в любую сторону)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="17"/>
        <source>registry to read: GeoPackage path or PostgreSQL connection (postgresql://... or service=NAME)</source>
        <translation>читаемый реестр: путь к GeoPackage или подключение к PostgreSQL (postgresql://... или service=ИМЯ)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="19"/>
        <source>registry to create: GeoPackage path or PostgreSQL connection</source>
        <translation>создаваемый реестр: путь к GeoPackage или подключение к PostgreSQL</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="21"/>
        <source>replace the destination if it exists</source>
        <translation>заменить целевой реестр, если он существует</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="29"/>
        <source>Copied {source} to {destination}</source>
        <translation>{source} скопирован в {destination}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="32"/>
        <source>  {table}: {count}</source>
        <translation>  {table}: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="58"/>
        <source>Export partner package</source>
        <translation>Экспорт пакета для партнёра</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="56"/>
        <source>Partner exchange</source>
        <translation>Обмен с партнёрами</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="70"/>
        <source>Writes one zip for a neighbouring range state: shapefiles (UTF-8, field names of at most 10 characters) of its protected areas, of other states&apos; areas and reintroduction sites within the border distance, of the networks it belongs to with all their members, and of the cross-border gaps with it; CSV tables of memberships and releases; fields.csv, manifest.json (counts and SHA-256) and a README in English and Russian. Sensitive sites are moved to the centre of a ~10 km cell unless you include them. WDPA field names let partners merge the protected areas with WDPA data directly.</source>
        <translation>Записывает один zip-архив для соседнего государства ареала: шейп-файлы (UTF-8, имена полей не длиннее 10 символов) с его ООПТ, с ООПТ и участками реинтродукции других государств в пределах расстояния от границы, с сетями, в которые оно входит, со всеми их участницами, и с трансграничными пробелами на границе с ним; CSV-таблицы участия в сетях и выпусков; fields.csv, manifest.json (число записей и SHA-256) и README на английском и русском языках. Уязвимые участки переносятся в центр ячейки ~10 км, если вы не включите их точно. Имена полей WDPA позволяют партнёрам сразу объединить ООПТ с данными WDPA.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="87"/>
        <source>Partner state</source>
        <translation>Государство-партнёр</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="91"/>
        <source>Coordinate reference system of the shapefiles</source>
        <translation>Система координат шейп-файлов</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="96"/>
        <source>Use WDPA field names for protected areas</source>
        <translation>Имена полей ООПТ как в WDPA</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="98"/>
        <source>Include sensitive sites at their exact location (not generalised)</source>
        <translation>Включить уязвимые участки с точными координатами (без генерализации)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="101"/>
        <source>Output folder</source>
        <translation>Папка для результатов</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="103"/>
        <source>Package (zip)</source>
        <translation>Пакет (zip)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="104"/>
        <source>Features and rows written</source>
        <translation>Записано объектов и строк</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="52"/>
        <source>Import partner package</source>
        <translation>Импорт пакета партнёра</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="82"/>
        <source>Package (zip, or a .shp of the folder to read)</source>
        <translation>Пакет (zip или .shp из читаемой папки)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="82"/>
        <source>Packages (*.zip *.ZIP *.shp *.SHP)</source>
        <translation>Пакеты (*.zip *.ZIP *.shp *.SHP)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="85"/>
        <source>Dry run: report only, write nothing</source>
        <translation>Пробный прогон: только отчёт, ничего не записывать</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="87"/>
        <source>Text encoding of DBF files without .cpg (e.g. cp1251)</source>
        <translation>Кодировка текста DBF-файлов без .cpg (например, cp1251)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="90"/>
        <source>CRS of shapefiles without .prj</source>
        <translation>Система координат шейп-файлов без .prj</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="95"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="96"/>
        <source>Records added</source>
        <translation>Добавлено записей</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="96"/>
        <source>Records updated</source>
        <translation>Обновлено записей</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="96"/>
        <source>Identical records skipped</source>
        <translation>Пропущено совпадающих записей</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="96"/>
        <source>Conflicts left untouched</source>
        <translation>Конфликтов оставлено без изменений</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="75"/>
        <source>The project holds no registry group</source>
        <translation>В проекте нет группы реестра</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="93"/>
        <source>The registry has no protected areas to map</source>
        <translation>В реестре нет ООПТ для карты</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="164"/>
        <source>Network status</source>
        <translation>Статус сетей</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="180"/>
        <source>Status of transboundary protected-area networks, {date}</source>
        <translation>Статус трансграничных сетей ООПТ, {date}</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="182"/>
        <source>Each network in its own colour: solid = created, hatched = draft, dashed outline = planned. Borders: Natural Earth.</source>
        <translation>Каждая сеть — своим цветом: сплошная заливка — создана, штриховка — проект, пунктирный контур — планируется. Границы: Natural Earth.</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="187"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="213"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_project.py" line="93"/>
        <source>{target}: QGIS cannot save the project ({error})</source>
        <translation>{target}: QGIS не может сохранить проект ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_project.py" line="116"/>
        <source>QGIS project: {path}</source>
        <translation>Проект QGIS: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_project.py" line="117"/>
        <source>QGIS project inside the registry: {uri}</source>
        <translation>Проект QGIS внутри реестра: {uri}</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_project.py" line="119"/>
        <source>Network status map: {path} ({width} x {height} px)</source>
        <translation>Карта статуса сетей: {path} ({width} × {height} пикс.)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="288"/>
        <source>cannot relate the layer {child} to {parent} by {field}</source>
        <translation>не удаётся связать слой {child} со слоем {parent} по полю {field}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/site_placement.py" line="40"/>
        <source>the site ({x:.4f}, {y:.4f}) lies outside every range state of the registry</source>
        <translation>участок ({x:.4f}, {y:.4f}) лежит вне всех государств ареала в реестре</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/chart.py" line="31"/>
        <source>Animals released per year</source>
        <translation>Выпущено животных по годам</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/chart.py" line="33"/>
        <source>No releases recorded yet</source>
        <translation>Выпуски пока не записаны</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/chart.py" line="50"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="15"/>
        <source>Animals released</source>
        <translation>Выпущено животных</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="15"/>
        <source>Species</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="15"/>
        <source>Sites</source>
        <translation>Участки</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="16"/>
        <source>First year</source>
        <translation>Первый год</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="16"/>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="37"/>
        <source>Chart: {path}</source>
        <translation>Диаграмма: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="43"/>
        <source>reintroduction programmes per species: sites, releases, animals, years</source>
        <translation>программы реинтродукции по видам: участки, выпуски, животные, годы</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="46"/>
        <source>registry GeoPackage or PostgreSQL connection</source>
        <translation>GeoPackage реестра или подключение к PostgreSQL</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="48"/>
        <source>also write the chart of animals released per year</source>
        <translation>также записать диаграмму выпуска животных по годам</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="60"/>
        <source>Reintroduction programmes:</source>
        <translation>Программы реинтродукции:</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="62"/>
        <source>Written: {path} (animals released per year)</source>
        <translation>Записано: {path} (выпуск животных по годам)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="815"/>
        <source>the registry has no range states, so the package&apos;s reintroduction sites cannot be placed; create the registry with its range states first</source>
        <translation>в реестре нет государств ареала, поэтому участки реинтродукции из пакета невозможно привязать; сначала создайте реестр с государствами ареала</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="836"/>
        <source>layer reintroduction_sites, site {site}, field geometry: {problem}</source>
        <translation>слой reintroduction_sites, участок {site}, поле geometry: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="101"/>
        <source>species=km;… e.g. kulan=150;saiga=300</source>
        <translation>вид=км;… например kulan=150;saiga=300</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="102"/>
        <source>Override the species catalogue&apos;s dispersal distances</source>
        <translation>Заменить дальности расселения из каталога видов</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="108"/>
        <source>Dispersal distances</source>
        <translation>Дальности расселения</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="110"/>
        <source>Find gaps</source>
        <translation>Найти пробелы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="112"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="123"/>
        <source>Neighbour</source>
        <translation>Соседнее государство</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="156"/>
        <source>Open a registry to find its cross-border gaps.</source>
        <translation>Откройте реестр, чтобы найти его трансграничные пробелы.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="180"/>
        <source>The Processing provider of TBPA Registry is not loaded.</source>
        <translation>Провайдер обработки «Реестр трансграничных ООПТ» не загружен.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="199"/>
        <source>Finding cross-border gaps…</source>
        <translation>Поиск трансграничных пробелов…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="222"/>
        <source>Canceled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="225"/>
        <source>The gap analysis failed: see the Processing log.</source>
        <translation>Анализ пробелов завершился ошибкой: см. журнал обработки.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="243"/>
        <source>{count} cross-border gaps</source>
        <translation>Трансграничных пробелов: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="256"/>
        <source>Save project into the registry</source>
        <translation>Сохранить проект в реестре</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="259"/>
        <source>Registry dock</source>
        <translation>Панель реестра</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="398"/>
        <source>Open a GeoPackage registry first</source>
        <translation>Сначала откройте реестр GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="405"/>
        <source>Project saved inside {path}: open it with Project &gt; Open From &gt; GeoPackage</source>
        <translation>Проект сохранён внутри {path}: откройте его через Проект &gt; Открыть из &gt; GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="103"/>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="89"/>
        <source>Why the status changes (decree, agreement, ...)</source>
        <translation>Основание смены статуса (постановление, соглашение, …)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="122"/>
        <source>New status:</source>
        <translation>Новый статус:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="100"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="179"/>
        <source>Search networks and protected areas</source>
        <translation>Поиск сетей и ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="191"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="157"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="158"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="508"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="209"/>
        <source>History of the selection</source>
        <translation>История выбранного</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="232"/>
        <source>By status</source>
        <translation>По статусу</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="160"/>
        <source>Area (km2)</source>
        <translation>Площадь (км²)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="237"/>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="245"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="320"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="324"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="328"/>
        <source>All species</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="377"/>
        <source>Outside any network</source>
        <translation>Вне сетей</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="581"/>
        <source>The status was not changed: {reason}</source>
        <translation>Статус не изменён: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="591"/>
        <source>{id} is now {status}</source>
        <translation>«{id}»: статус теперь «{status}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="601"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="77"/>
        <source>Add release</source>
        <translation>Добавить выпуск</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="82"/>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation>ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="84"/>
        <source>number of animals</source>
        <translation>число животных</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="86"/>
        <source>where the animals came from</source>
        <translation>откуда привезены животные</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="173"/>
        <source>Site</source>
        <translation>Участок</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="163"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="163"/>
        <source>Animals</source>
        <translation>Животные</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="163"/>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="112"/>
        <source>Add site</source>
        <translation>Добавить участок</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="129"/>
        <source>empty: the protected area the site lies in</source>
        <translation>если пусто — ООПТ, в которой лежит участок</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="130"/>
        <source>Sensitive: generalise the location in every export</source>
        <translation>Уязвимый: генерализовать местоположение при любом экспорте</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="169"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="155"/>
        <source>Name (English)</source>
        <translation>Название (на английском)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="156"/>
        <source>Name (Russian)</source>
        <translation>Название (на русском)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="135"/>
        <source>Range state</source>
        <translation>Государство ареала</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="162"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="135"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="135"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="171"/>
        <source>Protected area</source>
        <translation>ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="234"/>
        <source>No registry open</source>
        <translation>Реестр не открыт</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="193"/>
        <source>Species / site / release</source>
        <translation>Вид / участок / выпуск</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="193"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="193"/>
        <source>Origin / protected area</source>
        <translation>Происхождение / ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="203"/>
        <source>Add release…</source>
        <translation>Добавить выпуск…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="204"/>
        <source>Add site…</source>
        <translation>Добавить участок…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="205"/>
        <source>Export chart as PNG…</source>
        <translation>Экспорт диаграммы в PNG…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="248"/>
        <source>{sites} sites, {events} releases</source>
        <translation>участков: {sites}, выпусков: {events}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="307"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Не удаётся записать {path}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="310"/>
        <source>Chart written to {path}</source>
        <translation>Диаграмма записана в {path}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="315"/>
        <source>Release added</source>
        <translation>Выпуск добавлен</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="319"/>
        <source>Site added</source>
        <translation>Участок добавлен</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="346"/>
        <source>Reintroduction</source>
        <translation>Реинтродукция</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="389"/>
        <source>Export chart as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="389"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="94"/>
        <source>The Processing algorithm {id} is not available</source>
        <translation>Алгоритм обработки {id} недоступен</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="105"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="122"/>
        <source>Cancelled; nothing was written</source>
        <translation>Отменено; ничего не записано</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="126"/>
        <source>The run failed</source>
        <translation>Выполнение завершилось ошибкой</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="267"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="181"/>
        <source>Coordinate reference system</source>
        <translation>Система координат</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="186"/>
        <source>Border distance</source>
        <translation>Расстояние от границы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="189"/>
        <source>Include sensitive sites at their exact location</source>
        <translation>Включить уязвимые участки с точными координатами</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="197"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="205"/>
        <source>Sensitive sites</source>
        <translation>Уязвимые участки</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="205"/>
        <source>Exact locations of sensitive reintroduction sites (tiger and other rare species) will be in the package. Send them only to a partner entitled to them. Include them?</source>
        <translation>В пакет попадут точные координаты уязвимых участков реинтродукции (тигр и другие редкие виды). Передавайте их только партнёру, имеющему на это право. Включить их?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="239"/>
        <source>Choose the output folder</source>
        <translation>Выберите папку для результатов</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="256"/>
        <source>Package written: {path} ({count} features and rows)</source>
        <translation>Пакет записан: {path} (объектов и строк: {count})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="270"/>
        <source>Package (zip, or a .shp of the folder)</source>
        <translation>Пакет (zip или .shp из папки)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="274"/>
        <source>Only for DBF files without .cpg whose text is not recognised; empty: detect</source>
        <translation>Только для DBF-файлов без .cpg, текст которых не распознан; если пусто — определить автоматически</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="276"/>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="284"/>
        <source>Check (dry run)</source>
        <translation>Проверить (пробный прогон)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="286"/>
        <source>Merge into the registry</source>
        <translation>Объединить с реестром</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="320"/>
        <source>Choose the package</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="324"/>
        <source>Check the package (dry run) before merging</source>
        <translation>Перед объединением проверьте пакет (пробный прогон)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="349"/>
        <source>Dry run done: nothing was written. Read the report, then merge.</source>
        <translation>Пробный прогон выполнен: ничего не записано. Прочитайте отчёт, затем объединяйте.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="354"/>
        <source>Merged: {added} added, {updated} updated, {conflicts} conflict(s) left untouched</source>
        <translation>Объединено: добавлено {added}, обновлено {updated}, конфликтов оставлено без изменений: {conflicts}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="262"/>
        <source>Export partner package…</source>
        <translation>Экспорт пакета для партнёра…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="264"/>
        <source>Import partner package…</source>
        <translation>Импорт пакета партнёра…</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="23"/>
        <source>registry: GeoPackage path or PostgreSQL connection</source>
        <translation>реестр: путь к GeoPackage или подключение к PostgreSQL</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="104"/>
        <source>Partner package {path}: {counts}</source>
        <translation>Пакет для партнёра {path}: {counts}</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="232"/>
        <source>{file}: cannot write the map image</source>
        <translation>{file}: не удаётся записать изображение карты</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="154"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="155"/>
        <source>WDPA ID</source>
        <translation>Идентификатор WDPA</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="156"/>
        <source>Name (local language)</source>
        <translation>Название (на местном языке)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="157"/>
        <source>Designation</source>
        <translation>Категория ООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="158"/>
        <source>IUCN category</source>
        <translation>Категория МСОП</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="159"/>
        <source>Year of the status</source>
        <translation>Год присвоения статуса</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="159"/>
        <source>Target species</source>
        <translation>Целевые виды</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="160"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="160"/>
        <source>Type (IUCN)</source>
        <translation>Тип (по МСОП)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="162"/>
        <source>Sensitive</source>
        <translation>Уязвимый</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="165"/>
        <source>First release</source>
        <translation>Первый выпуск</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="165"/>
        <source>Last release</source>
        <translation>Последний выпуск</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="185"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="189"/>
        <source>the text is longer than {limit} characters</source>
        <translation>текст длиннее {limit} символов</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="192"/>
        <source>&apos;{value}&apos; is not text</source>
        <translation>«{value}» — не текст</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="194"/>
        <source>&apos;{value}&apos; is not a list</source>
        <translation>«{value}» — не список</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="61"/>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="34"/>
        <source>Transboundary PA networks of Kazakhstan (demo)</source>
        <translation>Трансграничные сети ООПТ Казахстана (демо)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="75"/>
        <source>Not Reported</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="76"/>
        <source>Not Applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="77"/>
        <source>Not Assigned</source>
        <translation>Не присвоена</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="252"/>
        <source>Open PostGIS registry…</source>
        <translation>Открыть реестр PostGIS…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="442"/>
        <source>Open PostGIS registry</source>
        <translation>Открыть реестр PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="442"/>
        <source>PostgreSQL connection of the shared registry: a service name from pg_service.conf (service=NAME) or a postgresql:// URI; add authcfg=ID to use credentials kept in QGIS&apos;s authentication manager and schema=NAME for another schema than tbpa:</source>
        <translation>Подключение PostgreSQL к общему реестру: имя сервиса из pg_service.conf (service=ИМЯ) или URI postgresql://; добавьте authcfg=ID, чтобы взять учётные данные из менеджера аутентификации QGIS, и schema=ИМЯ для схемы, отличной от tbpa:</translation>
    </message>
    <message>
        <location filename="../plugin/processing/registry_input.py" line="57"/>
        <source>&apos;{location}&apos; is not a PostgreSQL connection (service=NAME or postgresql://...)</source>
        <translation>«{location}» — не подключение PostgreSQL (service=ИМЯ или postgresql://...)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/pg_credentials.py" line="23"/>
        <source>QGIS&apos;s authentication manager has no configuration &apos;{id}&apos; (or its master password was not given)</source>
        <translation>В менеджере аутентификации QGIS нет конфигурации «{id}» (или не введён мастер-пароль)</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="104"/>
        <source>error: unexpected {kind}: {message} (run again with --debug for the details)</source>
        <translation>ошибка: непредвиденное исключение {kind}: {message} (запустите снова с --debug, чтобы увидеть подробности)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="316"/>
        <source>Choose the registry GeoPackage (or type the PostgreSQL connection of a shared registry)</source>
        <translation>Выберите GeoPackage реестра (или введите подключение PostgreSQL к общему реестру)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/registry_input.py" line="40"/>
        <source>Or the PostgreSQL connection of a shared registry (service=NAME or postgresql://...)</source>
        <translation>Или подключение PostgreSQL к общему реестру (service=ИМЯ или postgresql://...)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/registry_input.py" line="53"/>
        <source>Give either the registry GeoPackage or the PostgreSQL connection of a shared registry (one of them, not both)</source>
        <translation>Укажите либо GeoPackage реестра, либо подключение PostgreSQL к общему реестру (что-то одно, не оба)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="220"/>
        <source>letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; at most 64 characters</source>
        <translation>латинские буквы, цифры, «-», «_», «.»; не более 64 символов</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="222"/>
        <source>at least two range states, ISO3 codes joined by &apos;;&apos; (e.g. KAZ;KGZ;UZB)</source>
        <translation>не менее двух государств ареала, коды ISO3 через «;» (например, KAZ;KGZ;UZB)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="226"/>
        <source>species keys joined by &apos;;&apos; (e.g. saiga;kulan)</source>
        <translation>ключи видов через «;» (например, saiga;kulan)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="231"/>
        <source>a year from 1850 to 2100</source>
        <translation>год от 1850 до 2100</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="234"/>
        <source>a positive number of animals</source>
        <translation>положительное число животных</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="235"/>
        <source>a date written YYYY-MM or YYYY-MM-DD</source>
        <translation>дата в формате ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="25"/>
        <source>system user name</source>
        <translation>имя пользователя в системе</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="26"/>
        <source>Your name in the status history</source>
        <translation>Ваше имя в истории статусов</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="28"/>
        <source>Border distance of the gap analysis (km)</source>
        <translation>Расстояние от границы для анализа пробелов (км)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="30"/>
        <source>Partner distance of the gap analysis (km)</source>
        <translation>Расстояние до партнёрской ООПТ для анализа пробелов (км)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="31"/>
        <source>The name is written with every change of status you make, in QGIS and on the command line, so partners see who changed what.</source>
        <translation>Имя записывается при каждой смене статуса, которую вы делаете в QGIS или в командной строке, чтобы партнёры видели, кто что изменил.</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="43"/>
        <source>Exit status: 0 merged (or, with --dry-run, would merge) without conflicts; {conflicts} merged but some records were left untouched as conflicts or proposals (see the report); 1 refused, nothing written; 2 wrong command line.</source>
        <translation>Код завершения: 0 — объединено (или, с --dry-run, было бы объединено) без конфликтов; {conflicts} — объединено, но часть записей оставлена без изменений как конфликты или предложения (см. отчёт); 1 — пакет отклонён, ничего не записано; 2 — ошибка в командной строке.</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="57"/>
        <source>range state that sent the package (default: the partner named in its manifest); its records are merged, other countries&apos; changes are reported as conflicts; ALL merges every country&apos;s records (a copy of a whole registry)</source>
        <translation>государство ареала, приславшее пакет (по умолчанию — партнёр, указанный в его manifest); его записи объединяются, изменения записей других стран попадают в отчёт как конфликты; ALL объединяет записи всех стран (копия целого реестра)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/geometry_repair.py" line="41"/>
        <source>{what} at {x:.6f}, {y:.6f}</source>
        <translation>{what} в точке {x:.6f}, {y:.6f}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/geometry_repair.py" line="112"/>
        <source>{faces} pieces between {edges} edges: too complex to repair here; repair it in your GIS</source>
        <translation>частей: {faces}, рёбер: {edges} — слишком сложно для исправления здесь; исправьте геометрию в своей ГИС</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/geometry_repair.py" line="127"/>
        <source>nothing is left of it once repaired</source>
        <translation>после исправления от неё ничего не остаётся</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="301"/>
        <source>invalid</source>
        <translation>некорректна</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="303"/>
        <source>{where}: the geometry is invalid ({reason})</source>
        <translation>{where}: геометрия некорректна ({reason})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="311"/>
        <source>{where}: the geometry is invalid ({reason}) and cannot be repaired: {why}</source>
        <translation>{where}: геометрия некорректна ({reason}) и не может быть исправлена: {why}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="315"/>
        <source>{where}: {reason}; repaired (rings noded, inside kept by the even-odd rule)</source>
        <translation>{where}: {reason}; исправлено (кольца разбиты в точках пересечения, внутренняя часть сохранена по правилу чёт-нечет)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="338"/>
        <source>{value} is too large for this field</source>
        <translation>{value} — слишком большое значение для этого поля</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="343"/>
        <source>{value} is not a WDPA identifier (a positive whole number)</source>
        <translation>{value} — не идентификатор WDPA (положительное целое число)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="388"/>
        <source>{where}: identifier &apos;{id}&apos; is also used by {other}</source>
        <translation>{where}: идентификатор «{id}» также используется в {other}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="394"/>
        <source>{file}, feature {number}</source>
        <translation>{file}, объект {number}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="428"/>
        <source>&apos;{value}&apos; is not a date of the calendar</source>
        <translation>«{value}» — такой даты нет в календаре</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="463"/>
        <source>the package holds {name} more than once ({files}): it is ambiguous which one counts; send one package per zip</source>
        <translation>в пакете {name} встречается несколько раз ({files}): неясно, какой из них действителен; присылайте один пакет в одном zip</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="476"/>
        <source>{first} and {second} are the same layer twice: it is ambiguous which one counts; refused</source>
        <translation>{first} и {second} — один и тот же слой дважды: неясно, какой из них действителен; отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="519"/>
        <source>{where}: the fields {fields} differ only in letter case; it is ambiguous which one counts</source>
        <translation>{where}: поля {fields} различаются только регистром букв; неясно, какое из них действительно</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="621"/>
        <source>the package writes the identifier as &apos;{theirs}&apos;; the registry&apos;s &apos;{ours}&apos; is kept</source>
        <translation>в пакете идентификатор записан как «{theirs}»; сохранён вариант реестра «{ours}»</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="629"/>
        <source>a record of {owner} in a package from {sender}: a proposal, not applied ({what})</source>
        <translation>запись страны {owner} в пакете от {sender}: предложение, не применено ({what})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="629"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="629"/>
        <source>changed geometry</source>
        <translation>изменена геометрия</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="725"/>
        <source>protected area {id}</source>
        <translation>ООПТ {id}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="727"/>
        <source>{where}, field geometry: the outline (centre {x:.4f}, {y:.4f}) lies outside {iso3}, its own country: a wrong .prj or coordinates?</source>
        <translation>{where}, поле geometry: контур (центр {x:.4f}, {y:.4f}) лежит за пределами {iso3}, своей страны: неверный .prj или координаты?</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="751"/>
        <source>the package holds records of several countries and does not say who sent it; name the sending range state (--from ISO3, or --from ALL for a copy of a whole registry)</source>
        <translation>пакет содержит записи нескольких стран и не указывает, кто его прислал; укажите государство-отправителя (--from ISO3 или --from ALL для копии целого реестра)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="795"/>
        <source>names a record that was not applied</source>
        <translation>ссылается на запись, которая не была применена</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="804"/>
        <source>a member of a network that does not list {sender}: a proposal, not applied</source>
        <translation>участник сети, в которую не входит {sender}: предложение, не применено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="823"/>
        <source>lies in protected area &apos;{pa}&apos;, which was not applied</source>
        <translation>находится на ООПТ «{pa}», которая не была применена</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="860"/>
        <source>release of {date} at a site that was not applied</source>
        <translation>выпуск {date} на участке, который не был применён</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="870"/>
        <source>release of {date} at a site of {owner} in a package from {sender}: a proposal, not applied</source>
        <translation>выпуск {date} на участке страны {owner} в пакете от {sender}: предложение, не применено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="957"/>
        <source>{registry}: cannot be written ({error}); check that the file and its folder are writable; the registry is unchanged</source>
        <translation>{registry}: запись невозможна ({error}); проверьте, что файл и его папка доступны для записи; реестр не изменён</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="108"/>
        <source>{file}: entries &apos;{first}&apos; and &apos;{second}&apos; are the same file (the package is ambiguous); refused</source>
        <translation>{file}: записи «{first}» и «{second}» — один и тот же файл (пакет неоднозначен); отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="114"/>
        <source>{file}: entry &apos;{entry}&apos; is encrypted; send the package without a password</source>
        <translation>{file}: запись «{entry}» зашифрована; пришлите пакет без пароля</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="118"/>
        <source>{file}: entry &apos;{entry}&apos; is compressed with a method this program cannot read (method {method}); zip it again with the usual &apos;deflate&apos;</source>
        <translation>{file}: запись «{entry}» сжата методом, который эта программа не читает (метод {method}); заархивируйте заново обычным методом «deflate»</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="217"/>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: не удаётся прочитать ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="203"/>
        <source>{file}: not a regular file (a device, a pipe or a link to one); refused</source>
        <translation>{file}: не обычный файл (устройство, канал или ссылка на них); отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="243"/>
        <source>{file}: {size} bytes, over the limit of {limit}</source>
        <translation>{file}: {size} байт, больше предела {limit}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="249"/>
        <source>{file}: not valid (nested too deeply)</source>
        <translation>{file}: некорректен (слишком глубокая вложенность)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="252"/>
        <source>{file}: not valid ({error})</source>
        <translation>{file}: некорректен ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="258"/>
        <source>{file}: file name &apos;{name}&apos; is not allowed</source>
        <translation>{file}: имя файла «{name}» недопустимо</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="286"/>
        <source>{file}: {first} and {second} are both its {part} file (the package is ambiguous)</source>
        <translation>{file}: и {first}, и {second} — его файл {part} (пакет неоднозначен)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="332"/>
        <source>{file}: not a dBASE file (its header of {header} bytes does not fit)</source>
        <translation>{file}: не файл dBASE (его заголовок в {header} байт не помещается в файл)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="342"/>
        <source>{file}: its header says records of {width} bytes but its fields need {needed}: damaged or not a dBASE file</source>
        <translation>{file}: в заголовке указаны записи по {width} байт, а его полям нужно {needed}: файл повреждён или это не dBASE</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="356"/>
        <source>{file}: its length is not a whole number of index records: damaged</source>
        <translation>{file}: его длина не равна целому числу индексных записей: файл повреждён</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="360"/>
        <source>{file}: record {number} points past the end of {shp} (damaged or from another shapefile)</source>
        <translation>{file}: запись {number} указывает за конец {shp} (файл повреждён или от другого шейп-файла)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="395"/>
        <source>{file}: record {number} runs past the end of the file: truncated or damaged</source>
        <translation>{file}: запись {number} выходит за конец файла: файл обрезан или повреждён</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="413"/>
        <source>{shp} holds {shapes} shapes but {shx} indexes {indexed}: the files do not belong together; refused</source>
        <translation>{shp} содержит фигур: {shapes}, а {shx} индексирует {indexed}: файлы не относятся друг к другу; отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="418"/>
        <source>{dbf} holds {records} records but {shp} holds {shapes} shapes: features would be lost or mismatched; refused</source>
        <translation>{dbf} содержит записей: {records}, а {shp} — фигур: {shapes}; объекты потерялись бы или перепутались; отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="544"/>
        <source>the text contains a NUL byte, which cuts it short in other programs; refused</source>
        <translation>текст содержит байт NUL, который обрезает его в других программах; отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="554"/>
        <source>the text is not valid {codec} at byte {position}</source>
        <translation>текст не является корректным {codec} в байте {position}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="558"/>
        <source>the last character was cut in the middle at the {limit}-byte limit of the .dbf (bytes {bytes}); it was dropped</source>
        <translation>последний символ обрезан посередине на пределе .dbf в {limit} байт (байты {bytes}); он отброшен</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="592"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» — не дата</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="641"/>
        <source>{file}: the .prj cannot be understood (it is {size} bytes); give the CRS with --crs</source>
        <translation>{file}: файл .prj не распознан (его размер {size} байт); укажите систему координат через --crs</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="646"/>
        <source>{file}: the .prj cannot be understood (not a coordinate reference system QGIS knows); give the CRS with --crs</source>
        <translation>{file}: файл .prj не распознан (QGIS не знает такой системы координат); укажите систему координат через --crs</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="691"/>
        <source>the record is marked deleted in {file}; it is not imported</source>
        <translation>запись помечена как удалённая в {file}; она не импортируется</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="720"/>
        <source>{file}: the text cannot be read as {encoding}</source>
        <translation>{file}: текст не читается как {encoding}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="723"/>
        <source>{file}: the text contains a NUL byte; refused</source>
        <translation>{file}: текст содержит байт NUL; отклонено</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="360"/>
        <source>{file}: cannot be written ({error})</source>
        <translation>{file}: не удаётся записать ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/reprojection.py" line="59"/>
        <source>the coordinates cannot be transformed ({error})</source>
        <translation>координаты невозможно пересчитать ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="27"/>
        <source>Member of a network</source>
        <translation>Участник сети</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="28"/>
        <source>Reintroduction site</source>
        <translation>Участок реинтродукции</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="28"/>
        <source>Release at site</source>
        <translation>Выпуск на участке</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="37"/>
        <source>Position on the map</source>
        <translation>Положение на карте</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="53"/>
        <source>{kind} “{name}” ({id})</source>
        <translation>{kind} «{name}» ({id})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="55"/>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="57"/>
        <source>New {kind}</source>
        <translation>Новая запись: {kind}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="59"/>
        <source>{record}: {field}: {problem}. Correct “{field}” and try again.</source>
        <translation>{record}: {field}: {problem}. Исправьте поле «{field}» и повторите.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="64"/>
        <source>{kind}: “{field}” is required. Fill it in and save again.</source>
        <translation>{kind}: поле «{field}» обязательно. Заполните его и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="66"/>
        <source>{kind}: another record has the same “{field}”. Give it another value and save again.</source>
        <translation>{kind}: у другой записи такое же значение «{field}». Укажите другое значение и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="69"/>
        <source>{kind}: a value is not allowed. Pick one of the values the form offers and save again.</source>
        <translation>{kind}: недопустимое значение. Выберите одно из значений, предложенных формой, и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="284"/>
        <source>{title} is open already: it is shown in the layer panel and the dock</source>
        <translation>{title} уже открыт: он показан на панели слоёв и в панели реестра</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="466"/>
        <source>The connection holds a password, which QGIS&apos;s layers would have to keep in the project: it is not used. Keep the user and password in QGIS&apos;s authentication manager and add authcfg=ID, or in pg_service.conf and .pgpass and give service=NAME</source>
        <translation>Подключение содержит пароль, который слоям QGIS пришлось бы хранить в проекте: он не используется. Храните пользователя и пароль в менеджере аутентификации QGIS и добавьте authcfg=ID или в pg_service.conf и .pgpass и укажите service=NAME</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="504"/>
        <source>You opened the demo registry before. Open it with the changes you made to it, or start again from the original demo (your changes to the demo are lost)?</source>
        <translation>Вы уже открывали демонстрационный реестр. Открыть его с вашими изменениями или начать заново с исходного демо (ваши изменения в демо будут потеряны)?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="508"/>
        <source>Open with my changes</source>
        <translation>Открыть с моими изменениями</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="509"/>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <location filename="../plugin/gui/record_edit_check.py" line="135"/>
        <source>{layer} cannot be saved as it is; your edits stay in the layer. {problems}</source>
        <translation>Слой {layer} нельзя сохранить в таком виде; ваши правки остаются в слое. {problems}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="86"/>
        <source>Year of the decision that gave the new status (written to &apos;Year of the status&apos;)</source>
        <translation>Год решения, которым присвоен новый статус (записывается в «Год статуса»)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="99"/>
        <source>Year of the decision:</source>
        <translation>Год решения:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="77"/>
        <source>Change of status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="78"/>
        <source>{name}: {old} → {new}</source>
        <translation>{name}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="96"/>
        <source>Every change of status is kept in the registry&apos;s history with a note. Without a note the change is undone.</source>
        <translation>Каждое изменение статуса хранится в истории реестра с примечанием. Без примечания изменение отменяется.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="237"/>
        <source>The status of {names} was not changed: a change of status needs a note. Use Change status… in the TBPA Registry dock, or give the note when asked.</source>
        <translation>Статус {names} не изменён: для изменения статуса нужно примечание. Используйте «Изменить статус…» в панели реестра ТООПТ или укажите примечание, когда его спросят.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="278"/>
        <source>The changes were saved, but their notes could not be written to the status history: {reason}</source>
        <translation>Изменения сохранены, но их примечания не удалось записать в историю статусов: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="64"/>
        <source>Reads a package sent by a partner (our own zip, or plain shapefiles named with our field names or WDPA&apos;s; choose any .shp to read its whole folder), validates every record, reprojects to EPSG:4326 and merges in one transaction: new records added, identical ones skipped (geometry within 1 m), changed ones updated (status changes are logged), conflicts (same id, another country or a geometry more than 5 km away) reported and left untouched. A package from a partner changes only that partner&apos;s records (and networks listing it); other countries&apos; changes are reported as conflicts (proposals), never applied. Any problem refuses the whole package and the registry is not changed. A dry run only reports.</source>
        <translation>Читает пакет, присланный партнёром (наш zip или обычные шейп-файлы с нашими именами полей или полями WDPA; выберите любой .shp, чтобы прочитать всю его папку), проверяет каждую запись, перепроецирует в EPSG:4326 и объединяет одной транзакцией: новые записи добавляются, одинаковые пропускаются (геометрия в пределах 1 м), изменённые обновляются (смена статуса записывается в историю), конфликты (тот же идентификатор, другая страна или геометрия дальше 5 км) попадают в отчёт и остаются без изменений. Пакет партнёра меняет только записи этого партнёра (и сетей, в которые он входит); изменения записей других стран попадают в отчёт как конфликты (предложения) и никогда не применяются. Любая проблема отклоняет весь пакет, и реестр не меняется. Пробный запуск только составляет отчёт.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="92"/>
        <source>Range state that sent the package (ISO3; empty: the partner of its manifest; ALL: every country&apos;s records)</source>
        <translation>Государство ареала, приславшее пакет (ISO3; пусто — партнёр из его manifest; ALL — записи всех стран)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="105"/>
        <source>unknown range state &apos;{value}&apos; (expected one of {known}, or ALL)</source>
        <translation>неизвестное государство ареала «{value}» (допустимы: {known} или ALL)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="44"/>
        <source>the PostgreSQL URI has an invalid percent-encoded character in its {part} (write % itself as %25)</source>
        <translation>в URI PostgreSQL недопустимый символ в процентной кодировке в части «{part}» (сам знак % пишите как %25)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="72"/>
        <source>the PostgreSQL connection is not a list of keyword=value pairs (near &apos;{key}&apos;)</source>
        <translation>подключение PostgreSQL не является списком пар ключ=значение (рядом с '{key}')</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="83"/>
        <source>the value of &apos;{key}&apos; in the PostgreSQL connection has no closing quote</source>
        <translation>у значения '{key}' в подключении PostgreSQL нет закрывающей кавычки</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="116"/>
        <source>host</source>
        <translation>хост</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="117"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="133"/>
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="154"/>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="144"/>
        <source>database name</source>
        <translation>имя базы данных</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="150"/>
        <source>the PostgreSQL URI has a parameter without a value (near &apos;{key}&apos;)</source>
        <translation>в URI PostgreSQL есть параметр без значения (рядом с '{key}')</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="153"/>
        <source>parameters</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="224"/>
        <source>{location}: every role may create objects in schema {schemas} of this database, so any login could take over a registry kept there; ask the database&apos;s owner to run REVOKE CREATE ON SCHEMA {first} FROM PUBLIC; and try again</source>
        <translation>{location}: любая роль может создавать объекты в схеме {schemas} этой базы данных, поэтому любой пользователь мог бы захватить хранящийся там реестр; попросите владельца базы данных выполнить REVOKE CREATE ON SCHEMA {first} FROM PUBLIC; и повторите</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="553"/>
        <source>{table} &apos;{record}&apos;: read it from the registry before changing it (this connection never read it, so it cannot tell whether someone changed it since)</source>
        <translation>{table} '{record}': прочитайте запись из реестра, прежде чем её менять (это подключение её не читало и не может знать, не изменил ли её кто-то с тех пор)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="145"/>
        <source>The registry {path} is locked by another program that holds it exclusively (another QGIS, the command line or a database tool); close it there or try again in a moment</source>
        <translation>Реестр {path} заблокирован другой программой, которая держит его монопольно (другой QGIS, командная строка или инструмент работы с базами данных); закройте его там или повторите попытку чуть позже</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="38"/>
        <source>{count} sensitive reintroduction site(s): partners (tbpa_reader, editors of other range states) read them moved to the centre of a ~10 km grid cell; editors of the site&apos;s country, tbpa_admin and the owner read them exact</source>
        <translation>Чувствительных участков реинтродукции: {count}; партнёры (tbpa_reader, редакторы других стран ареала) видят их смещёнными в центр ячейки сетки ~10 км; редакторы страны участка, tbpa_admin и владелец видят точное положение</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="671"/>
        <source>geometry far from the registry&apos;s: centres {km:.1f} km apart, outlines differ by more than {outline:.1f} km</source>
        <translation>геометрия далеко от реестровой: центры в {km:.1f} км друг от друга, контуры расходятся более чем на {outline:.1f} км</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="746"/>
        <source>unknown range state &apos;{value}&apos; as the sender of the package (expected one of {known}, or ALL)</source>
        <translation>неизвестное государство ареала «{value}» в качестве отправителя пакета (допустимы: {known} или ALL)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="17"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="18"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="266"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="18"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="19"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="19"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="550"/>
        <source>Undo last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="213"/>
        <source>Give the selection back the status it had before its last change; the history keeps both changes</source>
        <translation>Вернуть выбранному объекту статус, который был до последнего изменения; история сохраняет оба изменения</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="467"/>
        <source>{time} (UTC)</source>
        <translation>{time} (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="503"/>
        <source>Zoom to</source>
        <translation>Приблизить к объекту</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="505"/>
        <source>Open attribute table</source>
        <translation>Открыть таблицу атрибутов</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="511"/>
        <source>Show history</source>
        <translation>Показать историю</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="513"/>
        <source>Copy identifier</source>
        <translation>Копировать идентификатор</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="547"/>
        <source>{id} has not changed status since it was added: nothing to undo</source>
        <translation>Статус {id} не менялся с момента добавления: отменять нечего</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="550"/>
        <source>Give {id} back the status {old} (it became {new} on {when})? The history keeps both changes.</source>
        <translation>Вернуть {id} статус «{old}» (статус «{new}» установлен {when})? История сохраняет оба изменения.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="563"/>
        <source>Undo of the change of {when} ({note})</source>
        <translation>Отмена изменения от {when} ({note})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="126"/>
        <source>Click a row to see its gaps on the map, a number to see the gaps of that kind</source>
        <translation>Щёлкните строку, чтобы увидеть её разрывы на карте, или число — чтобы увидеть разрывы этого вида</translation>
    </message>
    <message>
        <location filename="../plugin/gui/help_page.py" line="37"/>
        <source>TBPA Registry help</source>
        <translation>Справка реестра ТООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/help_page.py" line="44"/>
        <source>The help page is missing from this installation (README.md).</source>
        <translation>В этой установке нет страницы справки (README.md).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="248"/>
        <source>Create an empty registry GeoPackage with the range states of the Central Asian Mammals Initiative</source>
        <translation>Создать пустой реестр GeoPackage со странами ареала Центральноазиатской инициативы по млекопитающим</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="250"/>
        <source>Add a registry GeoPackage to the project as one group and show it in the dock</source>
        <translation>Добавить реестр GeoPackage в проект одной группой и показать его в панели</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="252"/>
        <source>Open a registry shared by several agencies on PostgreSQL/PostGIS</source>
        <translation>Открыть реестр, общий для нескольких ведомств, в PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="254"/>
        <source>Open the demo registry of Kazakhstan&apos;s networks (built the first time; your changes are kept)</source>
        <translation>Открыть демонстрационный реестр сетей Казахстана (создаётся при первом открытии; ваши изменения сохраняются)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="256"/>
        <source>Store this QGIS project inside the registry GeoPackage, to open it with Project &gt; Open From &gt; GeoPackage</source>
        <translation>Сохранить этот проект QGIS внутри реестра GeoPackage, чтобы открывать его через Проект &gt; Открыть из &gt; GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="259"/>
        <source>Browse networks and protected areas, change a status with a note, see the history, the summary, reintroductions and cross-border gaps</source>
        <translation>Просматривать сети и ООПТ, менять статус с примечанием, смотреть историю, сводку, реинтродукцию и трансграничные разрывы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="262"/>
        <source>Write the shapefile package for one neighbouring range state</source>
        <translation>Записать пакет shapefile для одной соседней страны ареала</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="264"/>
        <source>Check a partner&apos;s package (dry run), then merge it into the registry</source>
        <translation>Проверить пакет партнёра (пробный прогон), затем объединить его с реестром</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="266"/>
        <source>How to use TBPA Registry</source>
        <translation>Как пользоваться реестром ТООПТ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="181"/>
        <source>Finds networks and protected areas by identifier or by name in any language</source>
        <translation>Ищет сети и ООПТ по идентификатору или по названию на любом языке</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="183"/>
        <source>Show only networks with this status</source>
        <translation>Показывать только сети с этим статусом</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="184"/>
        <source>Show only networks of this range state</source>
        <translation>Показывать только сети этой страны ареала</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="185"/>
        <source>Show only networks for this species</source>
        <translation>Показывать только сети для этого вида</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="192"/>
        <source>Select to see it on the map and its history; right-click for more</source>
        <translation>Выберите, чтобы увидеть объект на карте и его историю; правый щелчок — другие действия</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="206"/>
        <source>Change the status of the selection; a note and the year of the decision go into its history</source>
        <translation>Изменить статус выбранного; примечание и год решения попадают в его историю</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>the following arguments are required: %s</source>
        <translation>требуются аргументы: %s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>ignored explicit argument %r</source>
        <translation>явный аргумент %r проигнорирован</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного аргумента</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение типа %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
    </message>
</context>
</TS>
