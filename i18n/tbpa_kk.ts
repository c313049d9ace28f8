<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/cli.py" line="44"/>
        <source>TBPA Registry: transboundary protected-area networks of Kazakhstan and the Central Asian range states.</source>
        <translation>Трансшекаралық ЕҚТА тізілімі: Қазақстан мен Орталық Азия ареал мемлекеттерінің трансшекаралық ЕҚТА желілері.</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="49"/>
        <source>show tracebacks</source>
        <translation>стек трассировкасын көрсету</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="50"/>
        <source>language of messages (default: from LANG)</source>
        <translation>хабарламалар тілі (әдепкі бойынша LANG айнымалысынан)</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="82"/>
        <source>error: {message}</source>
        <translation>қате: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="85"/>
        <source>interrupted</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../plugin/demo.py" line="32"/>
        <source>Demo registry: {path}</source>
        <translation>Демонстрациялық тізілім: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="28"/>
        <source>TBPA Registry</source>
        <translation>Трансшекаралық ЕҚТА тізілімі</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="49"/>
        <source>New registry…</source>
        <translation>Жаңа тізілім…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="51"/>
        <source>Open registry…</source>
        <translation>Тізілімді ашу…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="53"/>
        <source>Open demo registry</source>
        <translation>Демонстрациялық тізілімді ашу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="104"/>
        <source>New registry</source>
        <translation>Жаңа тізілім</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="118"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="104"/>
        <source>Title of the registry:</source>
        <translation>Тізілім атауы:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="118"/>
        <source>Open registry</source>
        <translation>Тізілімді ашу</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="32"/>
        <source>TBPA Registry: transboundary protected-area networks</source>
        <translation>Трансшекаралық ЕҚТА тізілімі: шекараның екі жағындағы ерекше қорғалатын табиғи аумақтар желілері</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="17"/>
        <source>{path}: cannot open the layer {table}</source>
        <translation>{path}: {table} қабатын ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="28"/>
        <source>Protected areas</source>
        <translation>ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="284"/>
        <source>Reintroduction sites</source>
        <translation>Реинтродукция учаскелері</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="28"/>
        <source>Range states</source>
        <translation>Ареал мемлекеттері</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="30"/>
        <source>Created</source>
        <translation>Құрылған</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="31"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="32"/>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="17"/>
        <source>build the demo registry and its outputs</source>
        <translation>демонстрациялық тізілімді және оның нәтижелерін құру</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="18"/>
        <source>output folder</source>
        <translation>нәтижелер қалтасы</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="21"/>
        <source>create an empty registry</source>
        <translation>бос тізілім құру</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="22"/>
        <source>registry GeoPackage to create</source>
        <translation>құрылатын тізілімнің GeoPackage файлы</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="23"/>
        <source>title of the registry</source>
        <translation>тізілім атауы</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="24"/>
        <source>leave the range_states table empty</source>
        <translation>range_states кестесін бос қалдыру</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="28"/>
        <source>check a registry against the contract</source>
        <translation>тізілімнің деректер схемасына сәйкестігін тексеру</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="32"/>
        <source>networks and PAs by status and country</source>
        <translation>желілер мен ЕҚТА мәртебесі және елдері бойынша</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="51"/>
        <source>Created {path} with {count} range states</source>
        <translation>{path} құрылды; ареал мемлекеттері: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="62"/>
        <source>{path}: {count} problem(s)</source>
        <translation>{path}: табылған ақаулар: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="64"/>
        <source>{path}: valid registry</source>
        <translation>{path}: тізілім дұрыс</translation>
    </message>
    <message>
        <location filename="../plugin/registry/geojson.py" line="43"/>
        <source>unsupported geometry type &apos;{kind}&apos;</source>
        <translation>қолдау көрсетілмейтін геометрия түрі «{kind}»</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="32"/>
        <source>{table} &apos;{record}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>{table} «{record}», «{field}» өрісі: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="45"/>
        <source>&apos;{value}&apos; is not a valid identifier (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; at most 64 characters)</source>
        <translation>«{value}» — жарамсыз идентификатор (латын әріптері, цифрлар, «-», «_», «.»; 64 таңбадан аспауы керек)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="55"/>
        <source>unknown ISO3 code &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз ISO3 коды «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="66"/>
        <source>unknown species &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз түр «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="88"/>
        <source>unknown value &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз мән «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="103"/>
        <source>&apos;{value}&apos; is not a year</source>
        <translation>«{value}» жыл емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="105"/>
        <source>year {value} is out of range 1850-2100</source>
        <translation>{value} жылы 1850–2100 аралығынан тыс</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="132"/>
        <source>no geometry</source>
        <translation>геометрия жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="172"/>
        <source>a value is required</source>
        <translation>мән міндетті</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="180"/>
        <source>the geometry is empty</source>
        <translation>геометрия бос</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="182"/>
        <source>the geometry is a {found}, expected a {expected}</source>
        <translation>геометрия түрі — {found}, {expected} күтілген</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="188"/>
        <source>the geometry is invalid ({reason})</source>
        <translation>геометрия жарамсыз ({reason})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="196"/>
        <source>the coordinates are not longitude/latitude (EPSG:4326)</source>
        <translation>координаттар бойлық/ендік түрінде берілмеген (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="243"/>
        <source>unknown IUCN category &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз ТҚХО санаты «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="287"/>
        <source>a transboundary network needs at least two range states</source>
        <translation>трансшекаралық желіге кемінде екі ареал мемлекеті кіруі керек</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="334"/>
        <source>&apos;{value}&apos; is not 0 or 1</source>
        <translation>«{value}» 0 де, 1 де емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="341"/>
        <source>a site is one point, not several</source>
        <translation>учаске бірнеше емес, бір нүктемен беріледі</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="367"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM or YYYY-MM-DD</source>
        <translation>«{value}» ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК пішіміндегі күн емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="378"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» бүтін сан емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="380"/>
        <source>the number of animals must be positive, not {value}</source>
        <translation>жануарлар саны оң сан болуы керек, {value} емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="55"/>
        <source>{file}: cannot read GeoJSON ({error})</source>
        <translation>{file}: GeoJSON оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="64"/>
        <source>{file}, feature {number}: {error}</source>
        <translation>{file}, {number}-нысан: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="74"/>
        <source>{file}: cannot read CSV ({error})</source>
        <translation>{file}: CSV оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="81"/>
        <source>{file}, line {number}: {error}</source>
        <translation>{file}, {number}-жол: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="122"/>
        <source>imported from {file}</source>
        <translation>импорт көзі: {file}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="99"/>
        <source>{path} exists already</source>
        <translation>{path} бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="139"/>
        <source>{path}: no such registry file</source>
        <translation>{path}: тізілім файлы табылмады</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="144"/>
        <source>{path} is not a registry GeoPackage ({error})</source>
        <translation>{path} тізілімнің GeoPackage файлы емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="149"/>
        <source>{path} has registry schema version {found}, newer than this plugin knows ({known}); update the plugin to open it</source>
        <translation>{path} тізілім схемасының нұсқасы — {found}, бұл модуль білетін нұсқадан ({known}) жаңа; тізілімді ашу үшін модульді жаңартыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="166"/>
        <source>{path} has no table registry_meta: not a registry</source>
        <translation>{path} ішінде registry_meta кестесі жоқ: бұл тізілім емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="170"/>
        <source>{path}: registry_meta has no valid schema_version</source>
        <translation>{path}: registry_meta ішінде жарамды schema_version жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="241"/>
        <source>The registry {path} is locked by another program (QGIS or the command line is writing to it); try again in a moment</source>
        <translation>{path} тізілімін басқа бағдарлама бұғаттап тұр (оған QGIS немесе пәрмен жолы жазып жатыр); сәлден соң қайталап көріңіз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="353"/>
        <source>no {what} &apos;{value}&apos; in the registry</source>
        <translation>{what} «{value}» тізілімде жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="358"/>
        <source>network</source>
        <translation>желі</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="361"/>
        <source>protected area</source>
        <translation>ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="363"/>
        <source>reintroduction site</source>
        <translation>реинтродукция учаскесі</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="384"/>
        <source>this identifier is already in the registry</source>
        <translation>бұл идентификатор тізілімде бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="401"/>
        <source>{table} rows are added or removed, not updated</source>
        <translation>{table} жолдары қосылады немесе жойылады, бірақ өзгертілмейді</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="437"/>
        <source>no such record in the registry</source>
        <translation>тізілімде мұндай жазба жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="423"/>
        <source>unknown entity &apos;{entity}&apos;</source>
        <translation>белгісіз жазба түрі «{entity}»</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="460"/>
        <source>schema_version is kept by the registry itself</source>
        <translation>schema_version мәнін тізілімнің өзі жүргізеді</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="32"/>
        <source>Networks: {total} ({detail})</source>
        <translation>Желілер: {total} ({detail})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="35"/>
        <source>Protected areas: {total} ({detail})</source>
        <translation>ЕҚТА: {total} ({detail})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="37"/>
        <source>Protected areas by country: {detail}</source>
        <translation>Елдер бойынша ЕҚТА: {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="39"/>
        <source>Area by status (km2): {detail}</source>
        <translation>Мәртебе бойынша аудан (км²): {detail}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/summary.py" line="42"/>
        <source>Reintroduction sites: {sites}, releases: {releases}</source>
        <translation>Реинтродукция учаскелері: {sites}, табиғатқа жіберу: {releases}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="66"/>
        <source>duplicated identifier</source>
        <translation>қайталанатын идентификатор</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="76"/>
        <source>stored area {stored} km2 differs from the geodesic area {area} km2</source>
        <translation>сақталған аудан {stored} км² геодезиялық ауданнан ({area} км²) өзгеше</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="88"/>
        <source>the table is missing</source>
        <translation>кесте жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="93"/>
        <source>the field is missing</source>
        <translation>өріс жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="102"/>
        <source>no network &apos;{value}&apos;</source>
        <translation>«{value}» желісі жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="109"/>
        <source>no protected area &apos;{value}&apos;</source>
        <translation>«{value}» ЕҚТА жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="113"/>
        <source>no reintroduction site &apos;{value}&apos;</source>
        <translation>«{value}» реинтродукция учаскесі жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="76"/>
        <source>unknown partner &apos;{value}&apos; (expected one of {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="79"/>
        <source>the border distance must be between 0 and 2000 km, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="84"/>
        <source>unknown coordinate reference system &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="112"/>
        <source>Package: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="113"/>
        <source>  {layer}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="114"/>
        <source>Warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="121"/>
        <source>Export cancelled; no package was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="132"/>
        <source>the registry has no borders of {partner}: only its own protected areas, sites and networks are included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="169"/>
        <source>the cross-border gap analysis is not available: no gap layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="171"/>
        <source>no gap layer: the gap analysis failed ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="416"/>
        <source>{count} sensitive site(s) generalised to a {km:g} km grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="419"/>
        <source>sensitive sites are included at their exact location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="22"/>
        <source>{requirement} ({found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="22"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="27"/>
        <source>TBPA Registry is not active: QGIS&apos;s Python lacks {wanted}. Install it, e.g. python3 -m pip install --user --break-system-packages {command} (Debian/Ubuntu) or pip in the OSGeo4W Shell (Windows), then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="98"/>
        <source>In enclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="99"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="100"/>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="111"/>
        <source>Sensitive sites (tiger by default) are drawn at their recorded position only in this QGIS; every export and every shared project generalises them (10 km grid) unless the partner is entitled to exact locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="251"/>
        <source>Release events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="264"/>
        <source>{registry}: cannot open the layer {table}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="256"/>
        <source>Animals released at each reintroduction site: date (YYYY-MM or YYYY-MM-DD), number of animals and where they came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="267"/>
        <source>{registry}: cannot filter {table} by species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="277"/>
        <source>Reintroduction sites of {species} ({scientific}), coloured by stage: planned, in enclosure, released, established. Each site appears from its first release on. {sensitivity}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
