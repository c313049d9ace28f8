<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/cli.py" line="53"/>
        <source>TBPA Registry: transboundary protected-area networks of Kazakhstan and the Central Asian range states.</source>
        <translation>Трансшекаралық ЕҚТА тізілімі: Қазақстан мен Орталық Азия ареал мемлекеттерінің трансшекаралық ЕҚТА желілері.</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="58"/>
        <source>show tracebacks</source>
        <translation>стек трассировкасын көрсету</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="59"/>
        <source>language of messages (default: from LANG)</source>
        <translation>хабарламалар тілі (әдепкі бойынша LANG айнымалысынан)</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="96"/>
        <source>error: {message}</source>
        <translation>қате: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="99"/>
        <source>interrupted</source>
        <translation>тоқтатылды</translation>
    </message>
    <message>
        <location filename="../plugin/demo.py" line="40"/>
        <source>Demo registry: {path}</source>
        <translation>Демонстрациялық тізілім: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="32"/>
        <source>TBPA Registry</source>
        <translation>Трансшекаралық ЕҚТА тізілімі</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="248"/>
        <source>New registry…</source>
        <translation>Жаңа тізілім…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="250"/>
        <source>Open registry…</source>
        <translation>Тізілімді ашу…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="504"/>
        <source>Open demo registry</source>
        <translation>Демонстрациялық тізілімді ашу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="419"/>
        <source>New registry</source>
        <translation>Жаңа тізілім</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="433"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="419"/>
        <source>Title of the registry:</source>
        <translation>Тізілім атауы:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="433"/>
        <source>Open registry</source>
        <translation>Тізілімді ашу</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="36"/>
        <source>TBPA Registry: transboundary protected-area networks</source>
        <translation>Трансшекаралық ЕҚТА тізілімі: шекараның екі жағындағы ерекше қорғалатын табиғи аумақтар желілері</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="143"/>
        <source>Protected areas</source>
        <translation>ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="279"/>
        <source>Reintroduction sites</source>
        <translation>Реинтродукция учаскелері</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="161"/>
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
        <location filename="../plugin/registry/catalogue.py" line="60"/>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location filename="../plugin/demo_commands.py" line="17"/>
        <source>build the demo registry and its outputs</source>
        <translation>демонстрациялық тізілімді және оның нәтижелерін құру</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="31"/>
        <source>output folder</source>
        <translation>нәтижелер қалтасы</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="17"/>
        <source>create an empty registry</source>
        <translation>бос тізілім құру</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="20"/>
        <source>title of the registry</source>
        <translation>тізілім атауы</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="21"/>
        <source>leave the range_states table empty</source>
        <translation>range_states кестесін бос қалдыру</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="25"/>
        <source>check a registry against the contract</source>
        <translation>тізілімнің деректер схемасына сәйкестігін тексеру</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="29"/>
        <source>networks and PAs by status and country</source>
        <translation>желілер мен ЕҚТА мәртебесі және елдері бойынша</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="39"/>
        <source>Created {path} with {count} range states</source>
        <translation>{path} құрылды; ареал мемлекеттері: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="50"/>
        <source>{path}: {count} problem(s)</source>
        <translation>{path}: табылған ақаулар: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="53"/>
        <source>{path}: valid registry</source>
        <translation>{path}: тізілім дұрыс</translation>
    </message>
    <message>
        <location filename="../plugin/registry/geojson.py" line="44"/>
        <source>unsupported geometry type &apos;{kind}&apos;</source>
        <translation>қолдау көрсетілмейтін геометрия түрі «{kind}»</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="34"/>
        <source>{table} &apos;{record}&apos;, field &apos;{field}&apos;: {problem}</source>
        <translation>{table} «{record}», «{field}» өрісі: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="47"/>
        <source>&apos;{value}&apos; is not a valid identifier (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; at most 64 characters)</source>
        <translation>«{value}» — жарамсыз идентификатор (латын әріптері, цифрлар, «-», «_», «.»; 64 таңбадан аспауы керек)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="57"/>
        <source>unknown ISO3 code &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз ISO3 коды «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="68"/>
        <source>unknown species &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз түр «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="90"/>
        <source>unknown value &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз мән «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="105"/>
        <source>&apos;{value}&apos; is not a year</source>
        <translation>«{value}» жыл емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="107"/>
        <source>year {value} is out of range 1850-2100</source>
        <translation>{value} жылы 1850–2100 аралығынан тыс</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="134"/>
        <source>no geometry</source>
        <translation>геометрия жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="181"/>
        <source>a value is required</source>
        <translation>мән міндетті</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="201"/>
        <source>the geometry is empty</source>
        <translation>геометрия бос</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="203"/>
        <source>the geometry is a {found}, expected a {expected}</source>
        <translation>геометрия түрі — {found}, {expected} күтілген</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="211"/>
        <source>the geometry is invalid ({reason})</source>
        <translation>геометрия жарамсыз ({reason})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="218"/>
        <source>the coordinates are not longitude/latitude (EPSG:4326)</source>
        <translation>координаттар бойлық/ендік түрінде берілмеген (EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="268"/>
        <source>unknown IUCN category &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз ТҚХО санаты «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="305"/>
        <source>a transboundary network needs at least two range states</source>
        <translation>трансшекаралық желіге кемінде екі ареал мемлекеті кіруі керек</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="352"/>
        <source>&apos;{value}&apos; is not 0 or 1</source>
        <translation>«{value}» 0 де, 1 де емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="359"/>
        <source>a site is one point, not several</source>
        <translation>учаске бірнеше емес, бір нүктемен беріледі</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="385"/>
        <source>&apos;{value}&apos; is not a date written YYYY-MM or YYYY-MM-DD</source>
        <translation>«{value}» ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК пішіміндегі күн емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="396"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>«{value}» бүтін сан емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="398"/>
        <source>the number of animals must be positive, not {value}</source>
        <translation>жануарлар саны оң сан болуы керек, {value} емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="58"/>
        <source>{file}: cannot read GeoJSON ({error})</source>
        <translation>{file}: GeoJSON оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="67"/>
        <source>{file}, feature {number}: {error}</source>
        <translation>{file}, {number}-нысан: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="77"/>
        <source>{file}: cannot read CSV ({error})</source>
        <translation>{file}: CSV оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="84"/>
        <source>{file}, line {number}: {error}</source>
        <translation>{file}, {number}-жол: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="125"/>
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
        <location filename="../plugin/registry/store.py" line="149"/>
        <source>{path} is not a registry GeoPackage ({error})</source>
        <translation>{path} тізілімнің GeoPackage файлы емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="154"/>
        <source>{path} has registry schema version {found}, newer than this plugin knows ({known}); update the plugin to open it</source>
        <translation>{path} тізілім схемасының нұсқасы — {found}, бұл модуль білетін нұсқадан ({known}) жаңа; тізілімді ашу үшін модульді жаңартыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="174"/>
        <source>{path} has no table registry_meta: not a registry</source>
        <translation>{path} ішінде registry_meta кестесі жоқ: бұл тізілім емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="178"/>
        <source>{path}: registry_meta has no valid schema_version</source>
        <translation>{path}: registry_meta ішінде жарамды schema_version жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="284"/>
        <source>The registry {path} is locked by another program (QGIS or the command line is writing to it); try again in a moment</source>
        <translation>{path} тізілімін басқа бағдарлама бұғаттап тұр (оған QGIS немесе пәрмен жолы жазып жатыр); сәлден соң қайталап көріңіз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="345"/>
        <source>no {what} &apos;{value}&apos; in the registry</source>
        <translation>{what} «{value}» тізілімде жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="350"/>
        <source>network</source>
        <translation>желі</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="353"/>
        <source>protected area</source>
        <translation>ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="355"/>
        <source>reintroduction site</source>
        <translation>реинтродукция учаскесі</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="383"/>
        <source>this identifier is already in the registry</source>
        <translation>бұл идентификатор тізілімде бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="413"/>
        <source>{table} rows are added or removed, not updated</source>
        <translation>{table} жолдары қосылады немесе жойылады, бірақ өзгертілмейді</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="452"/>
        <source>no such record in the registry</source>
        <translation>тізілімде мұндай жазба жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="438"/>
        <source>unknown entity &apos;{entity}&apos;</source>
        <translation>белгісіз жазба түрі «{entity}»</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="476"/>
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
        <location filename="../plugin/registry/summary.py" line="43"/>
        <source>Reintroduction sites: {sites}, releases: {releases}</source>
        <translation>Реинтродукция учаскелері: {sites}, табиғатқа жіберу: {releases}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="70"/>
        <source>duplicated identifier</source>
        <translation>қайталанатын идентификатор</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="80"/>
        <source>stored area {stored} km2 differs from the geodesic area {area} km2</source>
        <translation>сақталған аудан {stored} км² геодезиялық ауданнан ({area} км²) өзгеше</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="92"/>
        <source>the table is missing</source>
        <translation>кесте жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="97"/>
        <source>the field is missing</source>
        <translation>өріс жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="106"/>
        <source>no network &apos;{value}&apos;</source>
        <translation>«{value}» желісі жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="113"/>
        <source>no protected area &apos;{value}&apos;</source>
        <translation>«{value}» ЕҚТА жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/validation.py" line="117"/>
        <source>no reintroduction site &apos;{value}&apos;</source>
        <translation>«{value}» реинтродукция учаскесі жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="76"/>
        <source>unknown partner &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз серіктес мемлекет «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="80"/>
        <source>the border distance must be between 0 and 2000 km, not {value}</source>
        <translation>шекарадан қашықтық 0 мен 2000 км аралығында болуы керек, {value} емес</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="84"/>
        <source>unknown coordinate reference system &apos;{value}&apos;</source>
        <translation>белгісіз координаттар жүйесі «{value}»</translation>
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
        <translation>Ескерту: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="123"/>
        <source>Export cancelled; no package was written</source>
        <translation>Экспорт тоқтатылды; пакет жазылмады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="134"/>
        <source>the registry has no borders of {partner}: only its own protected areas, sites and networks are included</source>
        <translation>тізілімде {partner} мемлекетінің шекаралары жоқ: тек оның өз ЕҚТА-лары, учаскелері мен желілері қосылды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="272"/>
        <source>the cross-border gap analysis is not available: no gap layer</source>
        <translation>трансшекаралық олқылықтарды талдау қолжетімсіз: олқылықтар қабаты жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="274"/>
        <source>no gap layer: the gap analysis failed ({error})</source>
        <translation>олқылықтар қабаты жоқ: олқылықтарды талдау қатемен аяқталды ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="575"/>
        <source>{count} sensitive site(s) generalised to a {km:g} km grid</source>
        <translation>{km:g} км торға дейін жалпыланған осал учаскелер: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="578"/>
        <source>sensitive sites are included at their exact location</source>
        <translation>осал учаскелер нақты орнымен қосылды</translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="22"/>
        <source>{requirement} ({found})</source>
        <translation>{requirement} ({found})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="22"/>
        <source>not installed</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <location filename="../plugin/gui/missing_dependency.py" line="27"/>
        <source>TBPA Registry is not active: QGIS&apos;s Python lacks {wanted}. Install it, e.g. python3 -m pip install --user --break-system-packages {command} (Debian/Ubuntu) or pip in the OSGeo4W Shell (Windows), then restart QGIS.</source>
        <translation>Трансшекаралық ЕҚТА тізілімі белсенді емес: QGIS Python ортасында {wanted} жоқ. Оны орнатыңыз, мысалы: python3 -m pip install --user --break-system-packages {command} (Debian/Ubuntu) немесе OSGeo4W Shell ішінде pip (Windows), содан кейін QGIS-ті қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="61"/>
        <source>In enclosure</source>
        <translation>Қоршауда</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="62"/>
        <source>Released</source>
        <translation>Табиғатқа жіберілген</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="63"/>
        <source>Established</source>
        <translation>Популяция қалыптасқан</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="103"/>
        <source>Sensitive sites (tiger by default) are drawn at their recorded position only in this QGIS; every export and every shared project generalises them (10 km grid) unless the partner is entitled to exact locations.</source>
        <translation>Осал учаскелер (әдепкі бойынша — жолбарыс) нақты орнында тек осы QGIS-те көрсетіледі; кез келген экспортта және берілетін кез келген жобада, серіктестің нақты орынға құқығы болмаса, олар жалпыланады (10 км тор).</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="15"/>
        <source>Release events</source>
        <translation>Жануарларды табиғатқа жіберу</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="258"/>
        <source>{registry}: cannot open the layer {table}</source>
        <translation>{registry}: {table} қабатын ашу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="250"/>
        <source>Animals released at each reintroduction site: date (YYYY-MM or YYYY-MM-DD), number of animals and where they came from.</source>
        <translation>Әр реинтродукция учаскесінде табиғатқа жіберілген жануарлар: күні (ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК), жануарлар саны және қайдан әкелінгені.</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="261"/>
        <source>{registry}: cannot filter {table} by species</source>
        <translation>{registry}: {table} кестесін түр бойынша сүзу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../plugin/project/reintroduction_layers.py" line="272"/>
        <source>Reintroduction sites of {species} ({scientific}), coloured by stage: planned, in enclosure, released, established. Each site appears from its first release on. {sensitivity}</source>
        <translation>Реинтродукция учаскелері: {species} ({scientific}), түсі кезеңге сай: жоспарланған, қоршауда, табиғатқа жіберілген, популяция қалыптасқан. Әр учаске алғашқы жіберуден бастап көрінеді. {sensitivity}</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="21"/>
        <source>find cross-border gaps of the network between neighbouring states</source>
        <translation>көрші мемлекеттер шекарасындағы ЕҚТА желісінің олқылықтарын табу</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="49"/>
        <source>registry GeoPackage</source>
        <translation>тізілімнің GeoPackage файлы</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="24"/>
        <source>GeoPackage to write the layer {layer} to (replaced)</source>
        <translation>{layer} қабаты жазылатын GeoPackage (қабат ауыстырылады)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="27"/>
        <source>a PA this close to a neighbour needs a partner (default 25)</source>
        <translation>көрші мемлекетке осы қашықтықтан жақын ЕҚТА-ға серіктес ЕҚТА қажет (км, әдепкі бойынша 25)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="29"/>
        <source>a partner PA must lie this close (default 50)</source>
        <translation>серіктес ЕҚТА осы қашықтықтан алыс болмауы керек (км, әдепкі бойынша 50)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="31"/>
        <source>statuses that count, e.g. created,draft (default all)</source>
        <translation>есепке алынатын мәртебелер, мысалы created,draft (әдепкі бойынша барлығы)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="33"/>
        <source>override a species&apos; dispersal distance, e.g. kulan=150</source>
        <translation>түрдің таралу қашықтығын өзгерту, мысалы kulan=150</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="67"/>
        <source>Written: {path} (layer {layer})</source>
        <translation>Жазылды: {path} ({layer} қабаты)</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gap_features.py" line="78"/>
        <source>{path}: cannot write the gaps ({error})</source>
        <translation>{path}: олқылықтарды жазу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gap_features.py" line="116"/>
        <source>Cross-border gaps: {count}</source>
        <translation>Трансшекаралық олқылықтар: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gap_features.py" line="118"/>
        <source>  {label} ({type}): {count}</source>
        <translation>  {label} ({type}): {count}</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gap_features.py" line="122"/>
        <source>By neighbour (or state concerned):</source>
        <translation>Көрші (немесе қатысты) мемлекет бойынша:</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="84"/>
        <source>Border PA without partner</source>
        <translation>Серіктесі жоқ шекаралық ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="85"/>
        <source>Network state without member</source>
        <translation>Желіге мүше ЕҚТА-сы жоқ мемлекет</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="86"/>
        <source>Network ahead of member</source>
        <translation>Желі мәртебесі мүшесінен озық</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="87"/>
        <source>Reintroduction site without partner</source>
        <translation>Серіктес ЕҚТА-сы жоқ реинтродукция учаскесі</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="107"/>
        <source>unknown status &apos;{value}&apos; (expected one of {known})</source>
        <translation>белгісіз мәртебе «{value}» (рұқсат етілгендері: {known})</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="164"/>
        <source>no status given: name at least one of {known}</source>
        <translation>мәртебе берілмеген: {known} ішінен кемінде біреуін көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="129"/>
        <source>dispersal distance &apos;{text}&apos; is not written species=km, e.g. kulan=150</source>
        <translation>таралу қашықтығы «{text}» түр=км түрінде жазылмаған, мысалы kulan=150</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="138"/>
        <source>dispersal distance of {species}: &apos;{value}&apos; is not a number of km</source>
        <translation>таралу қашықтығы ({species}): «{value}» километр саны емес</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="170"/>
        <source>dispersal distance of {species}</source>
        <translation>таралу қашықтығы ({species})</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="181"/>
        <source>{name}: &apos;{value}&apos; is not a number of km</source>
        <translation>{name}: «{value}» километр саны емес</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="184"/>
        <source>{name} must be a distance of 0 km or more, not {value}</source>
        <translation>{name}: қашықтық 0 км немесе одан көп болуы керек, {value} емес</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="187"/>
        <source>{name} of {value} km is beyond the {limit} km this analysis measures</source>
        <translation>{name}: {value} км — бұл талдау өлшейтін {limit} км шегінен асады</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="487"/>
        <source>the geometry is empty or not a polygon</source>
        <translation>геометрия бос немесе полигон емес</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="635"/>
        <source>{pa} ({iso3}) reaches the border with {neighbour}, which has no protected area within {partner} km</source>
        <translation>{pa} ({iso3}) {neighbour} шекарасына шығады, ал {neighbour} аумағында одан {partner} км шегінде ЕҚТА жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="638"/>
        <source>{pa} ({iso3}) lies {distance} km from {neighbour}, which has no protected area within {partner} km</source>
        <translation>{pa} ({iso3}) {neighbour} мемлекетінен {distance} км қашықтықта орналасқан, ал {neighbour} аумағында одан {partner} км шегінде ЕҚТА жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="654"/>
        <source>{species} site {site} ({iso3}) lies {distance} km from {neighbour}, within the {reach} km the species disperses, and {neighbour} has no protected area within {reach} km of the site</source>
        <translation>«{site}» учаскесі ({species}, {iso3}) {neighbour} мемлекетінен {distance} км жерде, яғни түрдің таралу қашықтығы ({reach} км) шегінде, ал {neighbour} аумағында учаскеден {reach} км шегінде ЕҚТА жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="678"/>
        <source>Network {network} lists {state}, but none of its member protected areas lies in {state}: add the partner site in {state} or take {state} off the network</source>
        <translation>«{network}» желісінде {state} мемлекеті көрсетілген, бірақ оның бірде-бір мүше ЕҚТА-сы {state} аумағында жоқ: {state} аумағындағы серіктес ЕҚТА-ны қосыңыз немесе {state} мемлекетін желіден шығарыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/gaps.py" line="689"/>
        <source>Network {network} is {network_status}, but its member {pa} ({iso3}) is only {member_status}: advance the member or correct the network&apos;s status</source>
        <translation>«{network}» желісінің мәртебесі — «{network_status}», ал оның мүшесі {pa} ({iso3}) тек «{member_status}»: мүшенің мәртебесін көтеріңіз немесе желі мәртебесін түзетіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="25"/>
        <source>write a shapefile package for a neighbouring range state</source>
        <translation>көрші ареал мемлекетіне арналған шейп-файлдар пакетін жазу</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="28"/>
        <source>ISO3 code of the partner state</source>
        <translation>серіктес мемлекеттің ISO3 коды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="32"/>
        <source>coordinate reference system of the shapefiles</source>
        <translation>шейп-файлдардың координаттар жүйесі</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="34"/>
        <source>include other states&apos; areas and sites this close to the partner (km)</source>
        <translation>серіктеске осы қашықтықтан жақын басқа мемлекеттердің ЕҚТА-лары мен учаскелерін қосу (км)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="37"/>
        <source>give sensitive sites at their exact location</source>
        <translation>осал учаскелерді нақты орнымен беру</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="39"/>
        <source>name the protected areas&apos; fields as WDPA does</source>
        <translation>ЕҚТА өрістерін WDPA сияқты атау</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="43"/>
        <source>check and merge a partner&apos;s package into the registry</source>
        <translation>серіктес пакетін тексеріп, тізілімге біріктіру</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="50"/>
        <source>zip, folder of shapefiles, or one .shp</source>
        <translation>zip мұрағаты, шейп-файлдар қалтасы немесе бір .shp</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="52"/>
        <source>print the report and write nothing</source>
        <translation>есепті шығару, ештеңе жазбау</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="54"/>
        <source>text encoding of the DBF files (e.g. cp1251, UTF-8)</source>
        <translation>DBF файлдарындағы мәтін кодтамасы (мысалы, cp1251, UTF-8)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="56"/>
        <source>coordinate system of shapefiles without .prj</source>
        <translation>.prj файлы жоқ шейп-файлдардың координаттар жүйесі</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="82"/>
        <source>{package}: refused, {count} problem(s); the registry is unchanged:
{shown}</source>
        <translation>{package}: қабылданбады, ақаулар: {count}; тізілім өзгермеді:
{shown}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="85"/>
        <source>  ... and {count} more</source>
        <translation>  … тағы {count}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="147"/>
        <source>Dry run of {package}: nothing was written</source>
        <translation>{package} үшін сынақ жүрісі: ештеңе жазылмады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="147"/>
        <source>Imported {package}</source>
        <translation>{package} пакеті импортталды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="150"/>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="150"/>
        <source>updated</source>
        <translation>жаңартылды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="151"/>
        <source>CONFLICT, left untouched</source>
        <translation>ҚАЙШЫЛЫҚ, өзгеріссіз қалдырылды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="152"/>
        <source>geometry repaired</source>
        <translation>геометрия түзетілді</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="152"/>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="138"/>
        <source>{added} added, {updated} updated, {skipped} identical, {conflicts} conflict(s), {repaired} geometry repair(s)</source>
        <translation>қосылды: {added}, жаңартылды: {updated}, бірдей: {skipped}, қайшылықтар: {conflicts}, геометрия түзетулері: {repaired}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="261"/>
        <source>file {file}, layer {layer}</source>
        <translation>{file} файлы, {layer} қабаты</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="263"/>
        <source>, feature {number}</source>
        <translation>, {number}-нысан</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="265"/>
        <source>, field {field}</source>
        <translation>, {field} өрісі</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="297"/>
        <source>{where}: the geometry is empty</source>
        <translation>{where}: геометрия бос</translation>
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
        <translation>{file} файлы, {line}-жол, {field} өрісі: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="503"/>
        <source>{folder}: no shapefile in the package</source>
        <translation>{folder}: пакетте шейп-файл жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="936"/>
        <source>Import cancelled; nothing was written</source>
        <translation>Импорт тоқтатылды; ештеңе жазылмады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="525"/>
        <source>{where}: not a registry layer (no pa_id, TBPA_ID, WDPAID, site_id or net_id field)</source>
        <translation>{where}: бұл тізілім қабаты емес (pa_id, TBPA_ID, WDPAID, site_id немесе net_id өрісі жоқ)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="529"/>
        <source>gap layers are results of the analysis; not imported</source>
        <translation>олқылықтар қабаттары — талдау нәтижелері; импортталмайды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="649"/>
        <source>location generalised by the sender</source>
        <translation>орнын жіберуші жалпылаған</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="653"/>
        <source>country {ours} in the registry, {theirs} in the package</source>
        <translation>тізілімдегі ел — {ours}, пакеттегі — {theirs}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="671"/>
        <source>geometry far from the registry&apos;s: centres {km:.1f} km apart, outlines differ by up to {outline:.1f} km</source>
        <translation>геометрия тізілімдегіден алыс: орталықтары арасы {km:.1f} км, контурлары {outline:.1f} км-ге дейін алшақ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="691"/>
        <source>geometry moved by up to {metres:.0f} m</source>
        <translation>геометрия {metres:.0f} м-ге дейін жылжыған</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="798"/>
        <source>file network_members.csv: member {pair} names a network or protected area that is neither in the package nor in the registry</source>
        <translation>network_members.csv файлы: {pair} мүшесі пакетте де, тізілімде де жоқ желіге немесе ЕҚТА-ға сілтейді</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="826"/>
        <source>layer reintroduction_sites, site {site}, field pa_id: no protected area &apos;{pa}&apos; in the package or the registry</source>
        <translation>reintroduction_sites қабаты, {site} учаскесі, pa_id өрісі: «{pa}» ЕҚТА пакетте де, тізілімде де жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="864"/>
        <source>file releases.csv: release of {date} names site &apos;{site}&apos;, neither in the package nor in the registry</source>
        <translation>releases.csv файлы: {date} жіберуі «{site}» учаскесіне сілтейді, ол пакетте де, тізілімде де жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="939"/>
        <source>partner package {name}</source>
        <translation>{name} серіктес пакеті</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="92"/>
        <source>{file}: the zip is empty</source>
        <translation>{file}: zip мұрағаты бос</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="94"/>
        <source>{file}: {count} entries, more than the limit of {limit}</source>
        <translation>{file}: {count} жазба, {limit} шегінен көп</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="100"/>
        <source>{file}: entry &apos;{entry}&apos; has an absolute path or &apos;..&apos;; the package is refused (nothing was extracted)</source>
        <translation>{file}: «{entry}» жазбасында абсолют жол немесе «..» бар; пакет қабылданбады (ештеңе шығарылмады)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="104"/>
        <source>{file}: entry &apos;{entry}&apos; is a symbolic link; refused</source>
        <translation>{file}: «{entry}» жазбасы — символдық сілтеме; қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="124"/>
        <source>{file}: entry &apos;{entry}&apos; is {size} bytes, over the limit of {limit}</source>
        <translation>{file}: «{entry}» жазбасы {size} байт, {limit} шегінен асады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="130"/>
        <source>{file}: entry &apos;{entry}&apos; inflates {ratio:.0f} times (a zip bomb?); refused</source>
        <translation>{file}: «{entry}» жазбасы ашқанда {ratio:.0f} есе ұлғаяды (zip-бомба ма?); қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="136"/>
        <source>{file}: {size} bytes once unpacked, over the limit of {limit}</source>
        <translation>{file}: ашқаннан кейін {size} байт, {limit} шегінен асады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="146"/>
        <source>{file}: not a readable zip ({error})</source>
        <translation>{file}: zip ретінде оқылмайды ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="154"/>
        <source>{file}: entry &apos;{entry}&apos; points outside the package</source>
        <translation>{file}: «{entry}» жазбасы пакеттен тыс жерді көрсетеді</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="166"/>
        <source>{file}: entry &apos;{entry}&apos; inflates beyond its declared size or the limits (a zip bomb?); refused</source>
        <translation>{file}: «{entry}» жазбасы ашқанда мәлімделген өлшемнен немесе шектен асады (zip-бомба ма?); қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="173"/>
        <source>{file}: entry &apos;{entry}&apos; is damaged ({error})</source>
        <translation>{file}: «{entry}» жазбасы зақымдалған ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="186"/>
        <source>{file}: no such file or folder</source>
        <translation>{file}: мұндай файл немесе қалта жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="262"/>
        <source>{file}: listed in manifest.json but missing from the package</source>
        <translation>{file}: manifest.json ішінде көрсетілген, бірақ пакетте жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="270"/>
        <source>{file}: its SHA-256 differs from manifest.json (damaged or changed after export)</source>
        <translation>{file}: SHA-256 мәні manifest.json-мен сәйкес емес (файл зақымдалған немесе экспорттан кейін өзгертілген)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="407"/>
        <source>{file}: the {part} file is missing (an incomplete shapefile)</source>
        <translation>{file}: {part} файлы жоқ (толық емес шейп-файл)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="368"/>
        <source>{file}: not a shapefile (bad header)</source>
        <translation>{file}: шейп-файл емес (тақырыбы қате)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="371"/>
        <source>{file}: the file is {size} bytes but its header says {declared}: truncated or damaged</source>
        <translation>{file}: файл өлшемі {size} байт, ал тақырыбында {declared} көрсетілген: файл қысқартылған немесе зақымдалған</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="329"/>
        <source>{file}: not a dBASE file (too short)</source>
        <translation>{file}: dBASE файлы емес (тым қысқа)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="346"/>
        <source>{file}: holds {size} bytes, fewer than its {records} records need: truncated or not a dBASE file</source>
        <translation>{file}: {size} байт бар, бұл оның {records} жазбасына қажеттіден аз: файл қысқартылған немесе dBASE емес</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="471"/>
        <source>{where}: unknown text encoding &apos;{name}&apos;</source>
        <translation>{where}: белгісіз мәтін кодтамасы «{name}»</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="718"/>
        <source>--encoding</source>
        <translation>--encoding параметрі</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="491"/>
        <source>detected</source>
        <translation>автоматты анықтау</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="493"/>
        <source>{file}: no .cpg and the text is neither UTF-8 nor Cyrillic cp1251; give the encoding with --encoding</source>
        <translation>{file}: .cpg файлы жоқ, ал мәтін UTF-8 те, кириллицалық cp1251 де емес; кодтаманы --encoding параметрімен көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="500"/>
        <source>{file}: {source} says UTF-8 but the text is not UTF-8 (for instance {sample!r}); give the right --encoding, e.g. cp1251</source>
        <translation>{file}: {source} UTF-8 деп көрсетеді, бірақ мәтін UTF-8 емес (мысалы, {sample!r}); дұрыс кодтаманы --encoding арқылы беріңіз, мысалы cp1251</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="505"/>
        <source>{file}: {source} says {encoding} but the text is UTF-8; reading it as {encoding} would store garbled names (mojibake)</source>
        <translation>{file}: {source} {encoding} деп көрсетеді, бірақ мәтін UTF-8 түрінде; оны {encoding} ретінде оқыса, атаулар бұрмаланып сақталады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="513"/>
        <source>{file}: the text cannot be read as {encoding} ({source})</source>
        <translation>{file}: мәтінді {encoding} кодтамасымен оқу мүмкін емес ({source})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="672"/>
        <source>{file}: cannot be read as a shapefile ({error})</source>
        <translation>{file}: шейп-файл ретінде оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="632"/>
        <source>unknown coordinate reference system &apos;{value}&apos; (--crs)</source>
        <translation>белгісіз координаттар жүйесі «{value}» (--crs)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="637"/>
        <source>{file}: no .prj file, so the coordinates&apos; system is unknown; give it with --crs (e.g. --crs EPSG:4326)</source>
        <translation>{file}: .prj файлы жоқ, сондықтан координаттар жүйесі белгісіз; оны --crs параметрімен көрсетіңіз (мысалы, --crs EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="715"/>
        <source>{file}: the text is not UTF-8; give its encoding with --encoding</source>
        <translation>{file}: мәтін UTF-8 емес; кодтамасын --encoding параметрімен көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="731"/>
        <source>{file}: not a readable CSV ({error})</source>
        <translation>{file}: CSV ретінде оқылмайды ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="36"/>
        <source>&amp;TBPA Registry</source>
        <translation>&amp;Трансшекаралық ЕҚТА тізілімі</translation>
    </message>
    <message>
        <location filename="../plugin/project/gap_layers.py" line="49"/>
        <source>Cross-border gaps</source>
        <translation>Трансшекаралық олқылықтар</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="59"/>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="67"/>
        <source>Finds where the network of protected areas has a hole at a border between neighbouring range states, one feature per flag:
- {t1}: a protected area within the border distance of a neighbour that has no protected area within the partner distance of it;
- {t2}: a network lists a state where none of its members lies;
- {t3}: a network&apos;s status is ahead of a member&apos;s (planned &lt; draft &lt; created);
- {t4}: a reintroduction site within its species&apos; dispersal distance of a neighbour that has no protected area within that distance of the site.
Distances are geodesic, in km. Only protected areas and networks with one of the chosen statuses take part. Dispersal distances default to the species catalogue; override them as species=km separated by &apos;;&apos;, e.g. kulan=150;saiga=300.</source>
        <translation>Көрші ареал мемлекеттерінің шекарасында ЕҚТА желісінде олқылық бар жерлерді табады, әр жағдайға бір нысан:
- {t1}: көрші мемлекетке шекара қашықтығынан жақын ЕҚТА, ал көршіде серіктес қашықтығы шегінде ЕҚТА жоқ;
- {t2}: желіде бірде-бір мүшесі жоқ мемлекет көрсетілген;
- {t3}: желі мәртебесі мүшесінің мәртебесінен озық (жоспарланған &lt; жоба &lt; құрылған);
- {t4}: реинтродукция учаскесі көрші мемлекетке түрдің таралу қашықтығынан жақын, ал көршіде учаскеден сол қашықтық шегінде ЕҚТА жоқ.
Қашықтықтар геодезиялық, км-мен. Тек таңдалған мәртебелері бар ЕҚТА мен желілер қатысады. Таралу қашықтықтары әдепкі бойынша түрлер каталогынан алынады; оларды «;» арқылы бөлінген түр=км түрінде өзгертуге болады, мысалы kulan=150;saiga=300.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/registry_input.py" line="37"/>
        <source>Registry GeoPackage</source>
        <translation>Тізілімнің GeoPackage файлы</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="93"/>
        <source>Border distance (km)</source>
        <translation>Шекарадан қашықтық (км)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="92"/>
        <source>Partner distance (km)</source>
        <translation>Серіктес ЕҚТА-ға дейінгі қашықтық (км)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="97"/>
        <source>Statuses that count</source>
        <translation>Есепке алынатын мәртебелер</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="101"/>
        <source>Dispersal distances (species=km;…), overriding the catalogue</source>
        <translation>Таралу қашықтықтары (түр=км;…), каталогтағының орнына</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="106"/>
        <source>Number of gaps</source>
        <translation>Олқылықтар саны</translation>
    </message>
    <message>
        <location filename="../plugin/processing/crossbordergaps.py" line="113"/>
        <source>choose at least one status</source>
        <translation>кемінде бір мәртебені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../plugin/project/gap_layers.py" line="52"/>
        <source>{path}: no layer {layer}</source>
        <translation>{path}: {layer} қабаты жоқ</translation>
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
        <translation>Желілер</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="149"/>
        <source>Network members</source>
        <translation>Желілер құрамы</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="177"/>
        <source>Tables</source>
        <translation>Кестелер</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_layers.py" line="229"/>
        <source>The group {group} lacks a registry layer</source>
        <translation>{group} тобында тізілім қабаты жетіспейді</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="67"/>
        <source>{file}: cannot apply the style to the layer {layer} ({reason})</source>
        <translation>{file}: стильді {layer} қабатына қолдану мүмкін емес ({reason})</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="141"/>
        <source>Transboundary protected area</source>
        <translation>Трансшекаралық қорғалатын аумақ</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="141"/>
        <source>Transboundary conservation landscape</source>
        <translation>Трансшекаралық табиғат қорғау ландшафты</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="141"/>
        <source>Transboundary migratory conservation area</source>
        <translation>Қоныс аударатын түрлерге арналған трансшекаралық табиғат қорғау аумағы</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="275"/>
        <source>Members of the network</source>
        <translation>Желінің ЕҚТА-лары</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="275"/>
        <source>Networks of the protected area</source>
        <translation>ЕҚТА кіретін желілер</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="18"/>
        <source>registry to create: a GeoPackage path, or a PostgreSQL connection (postgresql://... or service=NAME)</source>
        <translation>құрылатын тізілім: GeoPackage жолы немесе PostgreSQL қосылымы (postgresql://... немесе service=АТАУ)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/commands.py" line="30"/>
        <source>GeoPackage path or PostgreSQL connection</source>
        <translation>GeoPackage жолы немесе PostgreSQL қосылымы</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="59"/>
        <source>only an editor of the record&apos;s country (role tbpa_editor_&lt;iso3&gt;; for networks, of one of its range states) may add it</source>
        <translation>жазбаны тек оның елінің редакторы қоса алады (tbpa_editor_&lt;iso3&gt; рөлі; желілер үшін — оның ареал мемлекеттерінің біреуінің редакторы)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="62"/>
        <source>only an editor of the record&apos;s country (role tbpa_editor_&lt;iso3&gt;; for networks, of one of its range states) may change it</source>
        <translation>жазбаны тек оның елінің редакторы өзгерте алады (tbpa_editor_&lt;iso3&gt; рөлі; желілер үшін — оның ареал мемлекеттерінің біреуінің редакторы)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="65"/>
        <source>only an editor of the record&apos;s country (role tbpa_editor_&lt;iso3&gt;; for networks, of one of its range states) may delete it</source>
        <translation>жазбаны тек оның елінің редакторы жоя алады (tbpa_editor_&lt;iso3&gt; рөлі; желілер үшін — оның ареал мемлекеттерінің біреуінің редакторы)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="186"/>
        <source>&apos;{schema}&apos; is not a usable schema name (lower-case letters, digits and &apos;_&apos;)</source>
        <translation>«{schema}» схема атауы бола алмайды (кіші латын әріптері, цифрлар және «_»)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="114"/>
        <source>Cannot connect to {location}: {error}</source>
        <translation>Қосылу мүмкін емес ({location}): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="136"/>
        <source>{location}: schema {schema} exists already</source>
        <translation>{location}: {schema} схемасы бұрыннан бар</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="169"/>
        <source>{location}: no registry in schema {schema} (create one with `python -m plugin new`)</source>
        <translation>{location}: {schema} схемасында тізілім жоқ (оны `python -m plugin new` пәрменімен құрыңыз)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="187"/>
        <source>{location}: the schema needs an update that only its owner may run ({error})</source>
        <translation>{location}: схеманы жаңарту қажет, оны тек иесі орындай алады ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="297"/>
        <source>{table}: refused by the rule {rule} ({meaning}); you are connected as {role}</source>
        <translation>{table}: {rule} ережесі қабылдамады ({meaning}); сіз {role} ретінде қосылғансыз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="301"/>
        <source>{location}: refused by the database&apos;s privileges ({error}); you are connected as {role}</source>
        <translation>{location}: дерекқор құқықтары қабылдамады ({error}); сіз {role} ретінде қосылғансыз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="307"/>
        <source>The registry {path} is locked by another program; try again in a moment</source>
        <translation>{path} тізілімін басқа бағдарлама бұғаттап тұр; сәлден соң қайталап көріңіз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="309"/>
        <source>{location}: the database refused the operation: {error}</source>
        <translation>{location}: дерекқор әрекетті қабылдамады: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="410"/>
        <source>{location}: no table {table}</source>
        <translation>{location}: {table} кестесі жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="583"/>
        <source>{table} &apos;{record}&apos; was changed by {who} at {when} since you read it (version {read}, now {current}); reload it and make your change again</source>
        <translation>{table} «{record}»: жазбаны сіз оқығаннан кейін {who} өзгертті ({when}; нұсқа {read}, қазір {current}); жазбаны қайта жүктеп, өзгерісті қайталаңыз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="588"/>
        <source>{table} &apos;{record}&apos;: refused by the rule {rule} ({meaning}); you are connected as {role}</source>
        <translation>{table} «{record}»: {rule} ережесі қабылдамады ({meaning}); сіз {role} ретінде қосылғансыз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="15"/>
        <source>copy a whole registry between a GeoPackage and PostGIS (either way)</source>
        <translation>бүкіл тізілімді GeoPackage пен PostGIS арасында көшіру (кез келген бағытта)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="17"/>
        <source>registry to read: GeoPackage path or PostgreSQL connection (postgresql://... or service=NAME)</source>
        <translation>оқылатын тізілім: GeoPackage жолы немесе PostgreSQL қосылымы (postgresql://... немесе service=АТАУ)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="19"/>
        <source>registry to create: GeoPackage path or PostgreSQL connection</source>
        <translation>құрылатын тізілім: GeoPackage жолы немесе PostgreSQL қосылымы</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="21"/>
        <source>replace the destination if it exists</source>
        <translation>мақсатты тізілім бар болса, оны ауыстыру</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="29"/>
        <source>Copied {source} to {destination}</source>
        <translation>{source} → {destination} көшірілді</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="32"/>
        <source>  {table}: {count}</source>
        <translation>  {table}: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="58"/>
        <source>Export partner package</source>
        <translation>Серіктеске арналған пакетті экспорттау</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="56"/>
        <source>Partner exchange</source>
        <translation>Серіктестермен алмасу</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="70"/>
        <source>Writes one zip for a neighbouring range state: shapefiles (UTF-8, field names of at most 10 characters) of its protected areas, of other states&apos; areas and reintroduction sites within the border distance, of the networks it belongs to with all their members, and of the cross-border gaps with it; CSV tables of memberships and releases; fields.csv, manifest.json (counts and SHA-256) and a README in English and Russian. Sensitive sites are moved to the centre of a ~10 km cell unless you include them. WDPA field names let partners merge the protected areas with WDPA data directly.</source>
        <translation>Көрші ареал мемлекетіне бір zip мұрағатын жазады: оның ЕҚТА-лары, шекара қашықтығы шегіндегі басқа мемлекеттердің ЕҚТА-лары мен реинтродукция учаскелері, ол кіретін желілер барлық мүшелерімен бірге және онымен шекарадағы трансшекаралық олқылықтар бар шейп-файлдар (UTF-8, өріс атаулары 10 таңбадан аспайды); желіге мүшелік пен табиғатқа жіберу CSV кестелері; fields.csv, manifest.json (жазбалар саны және SHA-256) және ағылшын мен орыс тілдеріндегі README. Осал учаскелер, егер оларды нақты қоспасаңыз, ~10 км ұяшықтың ортасына ауыстырылады. WDPA өріс атаулары серіктестерге ЕҚТА-ны WDPA деректерімен бірден біріктіруге мүмкіндік береді.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="87"/>
        <source>Partner state</source>
        <translation>Серіктес мемлекет</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="91"/>
        <source>Coordinate reference system of the shapefiles</source>
        <translation>Шейп-файлдардың координаттар жүйесі</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="96"/>
        <source>Use WDPA field names for protected areas</source>
        <translation>ЕҚТА өрістері үшін WDPA атауларын қолдану</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="98"/>
        <source>Include sensitive sites at their exact location (not generalised)</source>
        <translation>Осал учаскелерді нақты орнымен қосу (жалпыламай)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="101"/>
        <source>Output folder</source>
        <translation>Нәтижелер қалтасы</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="103"/>
        <source>Package (zip)</source>
        <translation>Пакет (zip)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/exportpartnerpackage.py" line="104"/>
        <source>Features and rows written</source>
        <translation>Жазылған нысандар мен жолдар</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="52"/>
        <source>Import partner package</source>
        <translation>Серіктес пакетін импорттау</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="82"/>
        <source>Package (zip, or a .shp of the folder to read)</source>
        <translation>Пакет (zip немесе оқылатын қалтадағы .shp)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="82"/>
        <source>Packages (*.zip *.ZIP *.shp *.SHP)</source>
        <translation>Пакеттер (*.zip *.ZIP *.shp *.SHP)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="85"/>
        <source>Dry run: report only, write nothing</source>
        <translation>Сынақ жүрісі: тек есеп, ештеңе жазбау</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="87"/>
        <source>Text encoding of DBF files without .cpg (e.g. cp1251)</source>
        <translation>.cpg файлы жоқ DBF файлдарының мәтін кодтамасы (мысалы, cp1251)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="90"/>
        <source>CRS of shapefiles without .prj</source>
        <translation>.prj файлы жоқ шейп-файлдардың координаттар жүйесі</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="95"/>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="96"/>
        <source>Records added</source>
        <translation>Қосылған жазбалар</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="96"/>
        <source>Records updated</source>
        <translation>Жаңартылған жазбалар</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="96"/>
        <source>Identical records skipped</source>
        <translation>Өткізілген бірдей жазбалар</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="96"/>
        <source>Conflicts left untouched</source>
        <translation>Өзгеріссіз қалған қайшылықтар</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="75"/>
        <source>The project holds no registry group</source>
        <translation>Жобада тізілім тобы жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="93"/>
        <source>The registry has no protected areas to map</source>
        <translation>Тізілімде картаға түсіретін ЕҚТА жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="164"/>
        <source>Network status</source>
        <translation>Желілер мәртебесі</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="180"/>
        <source>Status of transboundary protected-area networks, {date}</source>
        <translation>ЕҚТА трансшекаралық желілерінің мәртебесі, {date}</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="182"/>
        <source>Each network in its own colour: solid = created, hatched = draft, dashed outline = planned. Borders: Natural Earth.</source>
        <translation>Әр желі өз түсімен: тұтас бояу — құрылған, штрихтау — жоба, пунктир контур — жоспарланған. Шекаралар: Natural Earth.</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="187"/>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="213"/>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_project.py" line="93"/>
        <source>{target}: QGIS cannot save the project ({error})</source>
        <translation>{target}: QGIS жобаны сақтай алмайды ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_project.py" line="116"/>
        <source>QGIS project: {path}</source>
        <translation>QGIS жобасы: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_project.py" line="117"/>
        <source>QGIS project inside the registry: {uri}</source>
        <translation>Тізілім ішіндегі QGIS жобасы: {uri}</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_project.py" line="119"/>
        <source>Network status map: {path} ({width} x {height} px)</source>
        <translation>Желілер мәртебесінің картасы: {path} ({width} × {height} пикс.)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="288"/>
        <source>cannot relate the layer {child} to {parent} by {field}</source>
        <translation>{child} қабатын {parent} қабатымен {field} өрісі бойынша байланыстыру мүмкін емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/site_placement.py" line="40"/>
        <source>the site ({x:.4f}, {y:.4f}) lies outside every range state of the registry</source>
        <translation>учаске ({x:.4f}, {y:.4f}) тізілімдегі барлық ареал мемлекеттерінен тыс жатыр</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/chart.py" line="31"/>
        <source>Animals released per year</source>
        <translation>Жылдар бойынша табиғатқа жіберілген жануарлар</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/chart.py" line="33"/>
        <source>No releases recorded yet</source>
        <translation>Табиғатқа жіберу әлі тіркелмеген</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/chart.py" line="50"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="15"/>
        <source>Animals released</source>
        <translation>Жіберілген жануарлар</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="15"/>
        <source>Species</source>
        <translation>Түр</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="15"/>
        <source>Sites</source>
        <translation>Учаскелер</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="16"/>
        <source>First year</source>
        <translation>Алғашқы жыл</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="16"/>
        <source>Last year</source>
        <translation>Соңғы жыл</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="37"/>
        <source>Chart: {path}</source>
        <translation>Диаграмма: {path}</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="43"/>
        <source>reintroduction programmes per species: sites, releases, animals, years</source>
        <translation>түрлер бойынша реинтродукция бағдарламалары: учаскелер, жіберулер, жануарлар, жылдар</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="46"/>
        <source>registry GeoPackage or PostgreSQL connection</source>
        <translation>тізілімнің GeoPackage файлы немесе PostgreSQL қосылымы</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="48"/>
        <source>also write the chart of animals released per year</source>
        <translation>жылдар бойынша жіберілген жануарлар диаграммасын да жазу</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="60"/>
        <source>Reintroduction programmes:</source>
        <translation>Реинтродукция бағдарламалары:</translation>
    </message>
    <message>
        <location filename="../plugin/reintroduction/commands.py" line="62"/>
        <source>Written: {path} (animals released per year)</source>
        <translation>Жазылды: {path} (жылдар бойынша жіберілген жануарлар)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="815"/>
        <source>the registry has no range states, so the package&apos;s reintroduction sites cannot be placed; create the registry with its range states first</source>
        <translation>тізілімде ареал мемлекеттері жоқ, сондықтан пакеттегі реинтродукция учаскелерін орналастыру мүмкін емес; алдымен тізілімді ареал мемлекеттерімен бірге құрыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="836"/>
        <source>layer reintroduction_sites, site {site}, field geometry: {problem}</source>
        <translation>reintroduction_sites қабаты, {site} учаскесі, geometry өрісі: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="101"/>
        <source>species=km;… e.g. kulan=150;saiga=300</source>
        <translation>түр=км;… мысалы kulan=150;saiga=300</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="102"/>
        <source>Override the species catalogue&apos;s dispersal distances</source>
        <translation>Түрлер каталогындағы таралу қашықтықтарын өзгерту</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="108"/>
        <source>Dispersal distances</source>
        <translation>Таралу қашықтықтары</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="110"/>
        <source>Find gaps</source>
        <translation>Олқылықтарды табу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="112"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="123"/>
        <source>Neighbour</source>
        <translation>Көрші мемлекет</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="156"/>
        <source>Open a registry to find its cross-border gaps.</source>
        <translation>Трансшекаралық олқылықтарын табу үшін тізілімді ашыңыз.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="180"/>
        <source>The Processing provider of TBPA Registry is not loaded.</source>
        <translation>«Трансшекаралық ЕҚТА тізілімі» өңдеу провайдері жүктелмеген.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="199"/>
        <source>Finding cross-border gaps…</source>
        <translation>Трансшекаралық олқылықтарды іздеу…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="222"/>
        <source>Canceled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="225"/>
        <source>The gap analysis failed: see the Processing log.</source>
        <translation>Олқылықтарды талдау қатемен аяқталды: өңдеу журналын қараңыз.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="243"/>
        <source>{count} cross-border gaps</source>
        <translation>Трансшекаралық олқылықтар: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="256"/>
        <source>Save project into the registry</source>
        <translation>Жобаны тізілімге сақтау</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="259"/>
        <source>Registry dock</source>
        <translation>Тізілім панелі</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="398"/>
        <source>Open a GeoPackage registry first</source>
        <translation>Алдымен GeoPackage тізілімін ашыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="405"/>
        <source>Project saved inside {path}: open it with Project &gt; Open From &gt; GeoPackage</source>
        <translation>Жоба {path} ішіне сақталды: оны Жоба &gt; Ашу көзі &gt; GeoPackage арқылы ашыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="103"/>
        <source>Change status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="89"/>
        <source>Why the status changes (decree, agreement, ...)</source>
        <translation>Мәртебе өзгеруінің негізі (қаулы, келісім, …)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="122"/>
        <source>New status:</source>
        <translation>Жаңа мәртебе:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="100"/>
        <source>Note:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="179"/>
        <source>Search networks and protected areas</source>
        <translation>Желілер мен ЕҚТА іздеу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="191"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="157"/>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="158"/>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="508"/>
        <source>Change status…</source>
        <translation>Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="209"/>
        <source>History of the selection</source>
        <translation>Таңдалғанның тарихы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>From</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>To</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="220"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="232"/>
        <source>By status</source>
        <translation>Мәртебе бойынша</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="160"/>
        <source>Area (km2)</source>
        <translation>Аудан (км²)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="237"/>
        <source>By country</source>
        <translation>Елдер бойынша</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="245"/>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="320"/>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="324"/>
        <source>All countries</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="328"/>
        <source>All species</source>
        <translation>Барлық түрлер</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="377"/>
        <source>Outside any network</source>
        <translation>Ешбір желіге кірмейтіндер</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="581"/>
        <source>The status was not changed: {reason}</source>
        <translation>Мәртебе өзгертілмеді: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="591"/>
        <source>{id} is now {status}</source>
        <translation>«{id}»: мәртебесі енді «{status}»</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="601"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="77"/>
        <source>Add release</source>
        <translation>Жіберуді қосу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="82"/>
        <source>YYYY-MM or YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="84"/>
        <source>number of animals</source>
        <translation>жануарлар саны</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="86"/>
        <source>where the animals came from</source>
        <translation>жануарлар қайдан әкелінді</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="173"/>
        <source>Site</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="163"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="163"/>
        <source>Animals</source>
        <translation>Жануарлар</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="163"/>
        <source>Origin</source>
        <translation>Шыққан жері</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="112"/>
        <source>Add site</source>
        <translation>Учаске қосу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="129"/>
        <source>empty: the protected area the site lies in</source>
        <translation>бос болса — учаске орналасқан ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="130"/>
        <source>Sensitive: generalise the location in every export</source>
        <translation>Осал: кез келген экспортта орнын жалпылау</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="169"/>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="155"/>
        <source>Name (English)</source>
        <translation>Атауы (ағылшынша)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="156"/>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="135"/>
        <source>Range state</source>
        <translation>Ареал мемлекеті</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="162"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="135"/>
        <source>Longitude</source>
        <translation>Бойлық</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="135"/>
        <source>Latitude</source>
        <translation>Ендік</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="171"/>
        <source>Protected area</source>
        <translation>ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="234"/>
        <source>No registry open</source>
        <translation>Тізілім ашылмаған</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="193"/>
        <source>Species / site / release</source>
        <translation>Түр / учаске / жіберу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="193"/>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="193"/>
        <source>Origin / protected area</source>
        <translation>Шыққан жері / ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="203"/>
        <source>Add release…</source>
        <translation>Жіберуді қосу…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="204"/>
        <source>Add site…</source>
        <translation>Учаске қосу…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="205"/>
        <source>Export chart as PNG…</source>
        <translation>Диаграмманы PNG ретінде экспорттау…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="248"/>
        <source>{sites} sites, {events} releases</source>
        <translation>учаскелер: {sites}, жіберулер: {events}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="307"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} жазу мүмкін емес: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="310"/>
        <source>Chart written to {path}</source>
        <translation>Диаграмма {path} ішіне жазылды</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="315"/>
        <source>Release added</source>
        <translation>Жіберу қосылды</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="319"/>
        <source>Site added</source>
        <translation>Учаске қосылды</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="346"/>
        <source>Reintroduction</source>
        <translation>Реинтродукция</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="389"/>
        <source>Export chart as PNG</source>
        <translation>Диаграмманы PNG ретінде экспорттау</translation>
    </message>
    <message>
        <location filename="../plugin/gui/reintroduction_view.py" line="389"/>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="94"/>
        <source>The Processing algorithm {id} is not available</source>
        <translation>{id} өңдеу алгоритмі қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="105"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="122"/>
        <source>Cancelled; nothing was written</source>
        <translation>Тоқтатылды; ештеңе жазылмады</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="126"/>
        <source>The run failed</source>
        <translation>Орындау қатемен аяқталды</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="267"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="181"/>
        <source>Coordinate reference system</source>
        <translation>Координаттар жүйесі</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="186"/>
        <source>Border distance</source>
        <translation>Шекарадан қашықтық</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="189"/>
        <source>Include sensitive sites at their exact location</source>
        <translation>Осал учаскелерді нақты орнымен қосу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="197"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="205"/>
        <source>Sensitive sites</source>
        <translation>Осал учаскелер</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="205"/>
        <source>Exact locations of sensitive reintroduction sites (tiger and other rare species) will be in the package. Send them only to a partner entitled to them. Include them?</source>
        <translation>Пакетке осал реинтродукция учаскелерінің (жолбарыс және басқа сирек түрлер) нақты орындары кіреді. Оларды тек осыған құқығы бар серіктеске жіберіңіз. Қосу керек пе?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="239"/>
        <source>Choose the output folder</source>
        <translation>Нәтижелер қалтасын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="256"/>
        <source>Package written: {path} ({count} features and rows)</source>
        <translation>Пакет жазылды: {path} (нысандар мен жолдар: {count})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="270"/>
        <source>Package (zip, or a .shp of the folder)</source>
        <translation>Пакет (zip немесе қалтадағы .shp)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="274"/>
        <source>Only for DBF files without .cpg whose text is not recognised; empty: detect</source>
        <translation>Тек .cpg файлы жоқ және мәтіні танылмаған DBF файлдары үшін; бос болса — автоматты анықтау</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="276"/>
        <source>Text encoding</source>
        <translation>Мәтін кодтамасы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="284"/>
        <source>Check (dry run)</source>
        <translation>Тексеру (сынақ жүрісі)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="286"/>
        <source>Merge into the registry</source>
        <translation>Тізілімге біріктіру</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="320"/>
        <source>Choose the package</source>
        <translation>Пакетті таңдаңыз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="324"/>
        <source>Check the package (dry run) before merging</source>
        <translation>Біріктірер алдында пакетті тексеріңіз (сынақ жүрісі)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="349"/>
        <source>Dry run done: nothing was written. Read the report, then merge.</source>
        <translation>Сынақ жүрісі орындалды: ештеңе жазылмады. Есепті оқып, содан кейін біріктіріңіз.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="354"/>
        <source>Merged: {added} added, {updated} updated, {conflicts} conflict(s) left untouched</source>
        <translation>Біріктірілді: қосылды {added}, жаңартылды {updated}, өзгеріссіз қалған қайшылықтар: {conflicts}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="262"/>
        <source>Export partner package…</source>
        <translation>Серіктеске арналған пакетті экспорттау…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="264"/>
        <source>Import partner package…</source>
        <translation>Серіктес пакетін импорттау…</translation>
    </message>
    <message>
        <location filename="../plugin/analysis/commands.py" line="23"/>
        <source>registry: GeoPackage path or PostgreSQL connection</source>
        <translation>тізілім: GeoPackage жолы немесе PostgreSQL қосылымы</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="104"/>
        <source>Partner package {path}: {counts}</source>
        <translation>Серіктеске арналған пакет {path}: {counts}</translation>
    </message>
    <message>
        <location filename="../plugin/project/map_render.py" line="232"/>
        <source>{file}: cannot write the map image</source>
        <translation>{file}: карта суретін жазу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="154"/>
        <source>Network</source>
        <translation>Желі</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="155"/>
        <source>WDPA ID</source>
        <translation>WDPA идентификаторы</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="156"/>
        <source>Name (local language)</source>
        <translation>Атауы (жергілікті тілде)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="157"/>
        <source>Designation</source>
        <translation>ЕҚТА санаты</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="158"/>
        <source>IUCN category</source>
        <translation>ТҚХО санаты</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="159"/>
        <source>Year of the status</source>
        <translation>Мәртебе берілген жыл</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="159"/>
        <source>Target species</source>
        <translation>Нысаналы түрлер</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="160"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="160"/>
        <source>Type (IUCN)</source>
        <translation>Түрі (ТҚХО бойынша)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="162"/>
        <source>Sensitive</source>
        <translation>Осал</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="165"/>
        <source>First release</source>
        <translation>Алғашқы жіберу</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="165"/>
        <source>Last release</source>
        <translation>Соңғы жіберу</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="185"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» сан емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="189"/>
        <source>the text is longer than {limit} characters</source>
        <translation>мәтін {limit} таңбадан ұзын</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="192"/>
        <source>&apos;{value}&apos; is not text</source>
        <translation>«{value}» мәтін емес</translation>
    </message>
    <message>
        <location filename="../plugin/registry/model.py" line="194"/>
        <source>&apos;{value}&apos; is not a list</source>
        <translation>«{value}» тізім емес</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="61"/>
        <source>COMMAND</source>
        <translation>ПӘРМЕН</translation>
    </message>
    <message>
        <location filename="../plugin/registry/sources.py" line="34"/>
        <source>Transboundary PA networks of Kazakhstan (demo)</source>
        <translation>Қазақстанның трансшекаралық ЕҚТА желілері (демо)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="75"/>
        <source>Not Reported</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="76"/>
        <source>Not Applicable</source>
        <translation>Қолданылмайды</translation>
    </message>
    <message>
        <location filename="../plugin/registry/catalogue.py" line="77"/>
        <source>Not Assigned</source>
        <translation>Берілмеген</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="252"/>
        <source>Open PostGIS registry…</source>
        <translation>PostGIS тізілімін ашу…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="442"/>
        <source>Open PostGIS registry</source>
        <translation>PostGIS тізілімін ашу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="442"/>
        <source>PostgreSQL connection of the shared registry: a service name from pg_service.conf (service=NAME) or a postgresql:// URI; add authcfg=ID to use credentials kept in QGIS&apos;s authentication manager and schema=NAME for another schema than tbpa:</source>
        <translation>Ортақ тізілімнің PostgreSQL қосылымы: pg_service.conf ішіндегі сервис атауы (service=АТАУ) немесе postgresql:// URI; QGIS аутентификация менеджерінде сақталған тіркелгі деректерін пайдалану үшін authcfg=ID, ал tbpa емес басқа схема үшін schema=АТАУ қосыңыз:</translation>
    </message>
    <message>
        <location filename="../plugin/processing/registry_input.py" line="57"/>
        <source>&apos;{location}&apos; is not a PostgreSQL connection (service=NAME or postgresql://...)</source>
        <translation>«{location}» PostgreSQL қосылымы емес (service=АТАУ немесе postgresql://...)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/pg_credentials.py" line="23"/>
        <source>QGIS&apos;s authentication manager has no configuration &apos;{id}&apos; (or its master password was not given)</source>
        <translation>QGIS аутентификация менеджерінде «{id}» конфигурациясы жоқ (немесе оның негізгі құпиясөзі енгізілмеген)</translation>
    </message>
    <message>
        <location filename="../plugin/cli.py" line="104"/>
        <source>error: unexpected {kind}: {message} (run again with --debug for the details)</source>
        <translation>қате: күтпеген ерекше жағдай {kind}: {message} (толығырақ көру үшін --debug параметрімен қайта іске қосыңыз)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="316"/>
        <source>Choose the registry GeoPackage (or type the PostgreSQL connection of a shared registry)</source>
        <translation>Тізілімнің GeoPackage файлын таңдаңыз (немесе ортақ тізілімнің PostgreSQL қосылымын енгізіңіз)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/registry_input.py" line="40"/>
        <source>Or the PostgreSQL connection of a shared registry (service=NAME or postgresql://...)</source>
        <translation>Немесе ортақ тізілімнің PostgreSQL қосылымы (service=АТАУ немесе postgresql://...)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/registry_input.py" line="53"/>
        <source>Give either the registry GeoPackage or the PostgreSQL connection of a shared registry (one of them, not both)</source>
        <translation>Тізілімнің GeoPackage файлын немесе ортақ тізілімнің PostgreSQL қосылымын көрсетіңіз (біреуін ғана, екеуін емес)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="220"/>
        <source>letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;; at most 64 characters</source>
        <translation>латын әріптері, цифрлар, «-», «_», «.»; 64 таңбадан аспайды</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="222"/>
        <source>at least two range states, ISO3 codes joined by &apos;;&apos; (e.g. KAZ;KGZ;UZB)</source>
        <translation>кемінде екі ареал мемлекеті, ISO3 кодтары «;» арқылы (мысалы, KAZ;KGZ;UZB)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="226"/>
        <source>species keys joined by &apos;;&apos; (e.g. saiga;kulan)</source>
        <translation>түр кілттері «;» арқылы (мысалы, saiga;kulan)</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="231"/>
        <source>a year from 1850 to 2100</source>
        <translation>1850 жылдан 2100 жылға дейінгі жыл</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="234"/>
        <source>a positive number of animals</source>
        <translation>жануарлардың оң саны</translation>
    </message>
    <message>
        <location filename="../plugin/project/registry_styles.py" line="235"/>
        <source>a date written YYYY-MM or YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК пішіміндегі күн</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="25"/>
        <source>system user name</source>
        <translation>жүйедегі пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="26"/>
        <source>Your name in the status history</source>
        <translation>Мәртебелер тарихындағы атыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="28"/>
        <source>Border distance of the gap analysis (km)</source>
        <translation>Олқылықтарды талдаудағы шекарадан қашықтық (км)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="30"/>
        <source>Partner distance of the gap analysis (km)</source>
        <translation>Олқылықтарды талдаудағы серіктес ЕҚТА-ға дейінгі қашықтық (км)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options_page.py" line="31"/>
        <source>The name is written with every change of status you make, in QGIS and on the command line, so partners see who changed what.</source>
        <translation>Атыңыз QGIS-те немесе пәрмен жолында жасаған әр мәртебе өзгерісіне жазылады, сонда серіктестер кім не өзгерткенін көреді.</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="43"/>
        <source>Exit status: 0 merged (or, with --dry-run, would merge) without conflicts; {conflicts} merged but some records were left untouched as conflicts or proposals (see the report); 1 refused, nothing written; 2 wrong command line.</source>
        <translation>Аяқталу коды: 0 — қайшылықсыз біріктірілді (немесе --dry-run кезінде біріктірілер еді); {conflicts} — біріктірілді, бірақ кейбір жазбалар қайшылық немесе ұсыныс ретінде өзгеріссіз қалды (есепті қараңыз); 1 — пакет қабылданбады, ештеңе жазылмады; 2 — командалық жол қате.</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/commands.py" line="57"/>
        <source>range state that sent the package (default: the partner named in its manifest); its records are merged, other countries&apos; changes are reported as conflicts; ALL merges every country&apos;s records (a copy of a whole registry)</source>
        <translation>пакетті жіберген ареал мемлекеті (әдепкіде — оның manifest ішінде аталған серіктес); оның жазбалары біріктіріледі, басқа елдердің өзгерістері қайшылық ретінде есепке енеді; ALL барлық елдердің жазбаларын біріктіреді (бүкіл тізілімнің көшірмесі)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/geometry_repair.py" line="41"/>
        <source>{what} at {x:.6f}, {y:.6f}</source>
        <translation>{what}, нүкте {x:.6f}, {y:.6f}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/geometry_repair.py" line="112"/>
        <source>{faces} pieces between {edges} edges: too complex to repair here; repair it in your GIS</source>
        <translation>{edges} қыр арасында {faces} бөлік: мұнда түзету үшін тым күрделі; оны өз ГАЖ-ыңызда түзетіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/geometry_repair.py" line="127"/>
        <source>nothing is left of it once repaired</source>
        <translation>түзеткеннен кейін одан ештеңе қалмайды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="301"/>
        <source>invalid</source>
        <translation>жарамсыз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="303"/>
        <source>{where}: the geometry is invalid ({reason})</source>
        <translation>{where}: геометрия жарамсыз ({reason})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="311"/>
        <source>{where}: the geometry is invalid ({reason}) and cannot be repaired: {why}</source>
        <translation>{where}: геометрия жарамсыз ({reason}) және оны түзету мүмкін емес: {why}</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="315"/>
        <source>{where}: {reason}; repaired (rings noded, inside kept by the even-odd rule)</source>
        <translation>{where}: {reason}; түзетілді (сақиналар қиылысу нүктелерінде бөлінді, ішкі бөлігі жұп-тақ ережесімен сақталды)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="338"/>
        <source>{value} is too large for this field</source>
        <translation>{value} бұл өріс үшін тым үлкен</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="343"/>
        <source>{value} is not a WDPA identifier (a positive whole number)</source>
        <translation>{value} — WDPA идентификаторы емес (оң бүтін сан)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="388"/>
        <source>{where}: identifier &apos;{id}&apos; is also used by {other}</source>
        <translation>{where}: «{id}» идентификаторы {other} ішінде де пайдаланылады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="394"/>
        <source>{file}, feature {number}</source>
        <translation>{file}, {number}-нысан</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="428"/>
        <source>&apos;{value}&apos; is not a date of the calendar</source>
        <translation>«{value}» — күнтізбеде мұндай күн жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="463"/>
        <source>the package holds {name} more than once ({files}): it is ambiguous which one counts; send one package per zip</source>
        <translation>пакетте {name} бірнеше рет кездеседі ({files}): қайсысы жарамды екені белгісіз; бір zip ішінде бір пакет жіберіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="476"/>
        <source>{first} and {second} are the same layer twice: it is ambiguous which one counts; refused</source>
        <translation>{first} және {second} — бір қабат екі рет: қайсысы жарамды екені белгісіз; қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="519"/>
        <source>{where}: the fields {fields} differ only in letter case; it is ambiguous which one counts</source>
        <translation>{where}: {fields} өрістері тек әріп регистрімен ерекшеленеді; қайсысы жарамды екені белгісіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="621"/>
        <source>the package writes the identifier as &apos;{theirs}&apos;; the registry&apos;s &apos;{ours}&apos; is kept</source>
        <translation>пакетте идентификатор «{theirs}» деп жазылған; тізілімдегі «{ours}» нұсқасы сақталды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="629"/>
        <source>a record of {owner} in a package from {sender}: a proposal, not applied ({what})</source>
        <translation>{sender} жіберген пакеттегі {owner} елінің жазбасы: ұсыныс, қолданылмады ({what})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="629"/>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="629"/>
        <source>changed geometry</source>
        <translation>геометрия өзгерген</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="725"/>
        <source>protected area {id}</source>
        <translation>{id} ЕҚТА</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="727"/>
        <source>{where}, field geometry: the outline (centre {x:.4f}, {y:.4f}) lies outside {iso3}, its own country: a wrong .prj or coordinates?</source>
        <translation>{where}, geometry өрісі: контур (орталығы {x:.4f}, {y:.4f}) өз елі {iso3} аумағынан тыс жатыр: .prj немесе координаттар қате ме?</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="751"/>
        <source>the package holds records of several countries and does not say who sent it; name the sending range state (--from ISO3, or --from ALL for a copy of a whole registry)</source>
        <translation>пакетте бірнеше елдің жазбалары бар және оны кім жібергені көрсетілмеген; жіберуші мемлекетті көрсетіңіз (--from ISO3 немесе бүкіл тізілімнің көшірмесі үшін --from ALL)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="795"/>
        <source>names a record that was not applied</source>
        <translation>қолданылмаған жазбаға сілтейді</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="804"/>
        <source>a member of a network that does not list {sender}: a proposal, not applied</source>
        <translation>{sender} кірмейтін желінің мүшесі: ұсыныс, қолданылмады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="823"/>
        <source>lies in protected area &apos;{pa}&apos;, which was not applied</source>
        <translation>қолданылмаған «{pa}» ЕҚТА аумағында орналасқан</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="860"/>
        <source>release of {date} at a site that was not applied</source>
        <translation>қолданылмаған учаскедегі {date} жіберу</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="870"/>
        <source>release of {date} at a site of {owner} in a package from {sender}: a proposal, not applied</source>
        <translation>{sender} жіберген пакеттегі {owner} елі учаскесіндегі {date} жіберу: ұсыныс, қолданылмады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="957"/>
        <source>{registry}: cannot be written ({error}); check that the file and its folder are writable; the registry is unchanged</source>
        <translation>{registry}: жазу мүмкін емес ({error}); файл мен оның қалтасына жазуға болатынын тексеріңіз; тізілім өзгермеді</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="108"/>
        <source>{file}: entries &apos;{first}&apos; and &apos;{second}&apos; are the same file (the package is ambiguous); refused</source>
        <translation>{file}: «{first}» және «{second}» жазбалары — бір файл (пакет екіұшты); қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="114"/>
        <source>{file}: entry &apos;{entry}&apos; is encrypted; send the package without a password</source>
        <translation>{file}: «{entry}» жазбасы шифрланған; пакетті құпиясөзсіз жіберіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="118"/>
        <source>{file}: entry &apos;{entry}&apos; is compressed with a method this program cannot read (method {method}); zip it again with the usual &apos;deflate&apos;</source>
        <translation>{file}: «{entry}» жазбасы бұл бағдарлама оқи алмайтын әдіспен сығылған ({method} әдісі); оны әдеттегі «deflate» әдісімен қайта архивтеңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="217"/>
        <source>{file}: cannot be read ({error})</source>
        <translation>{file}: оқу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="203"/>
        <source>{file}: not a regular file (a device, a pipe or a link to one); refused</source>
        <translation>{file}: кәдімгі файл емес (құрылғы, арна немесе соларға сілтеме); қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="243"/>
        <source>{file}: {size} bytes, over the limit of {limit}</source>
        <translation>{file}: {size} байт, {limit} шегінен асады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="249"/>
        <source>{file}: not valid (nested too deeply)</source>
        <translation>{file}: жарамсыз (тым терең кірістірілген)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="252"/>
        <source>{file}: not valid ({error})</source>
        <translation>{file}: жарамсыз ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="258"/>
        <source>{file}: file name &apos;{name}&apos; is not allowed</source>
        <translation>{file}: «{name}» файл атауына рұқсат жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="286"/>
        <source>{file}: {first} and {second} are both its {part} file (the package is ambiguous)</source>
        <translation>{file}: {first} те, {second} те — оның {part} файлы (пакет екіұшты)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="332"/>
        <source>{file}: not a dBASE file (its header of {header} bytes does not fit)</source>
        <translation>{file}: dBASE файлы емес (оның {header} байттық тақырыбы файлға сыймайды)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="342"/>
        <source>{file}: its header says records of {width} bytes but its fields need {needed}: damaged or not a dBASE file</source>
        <translation>{file}: тақырыбында жазбалар {width} байт деп көрсетілген, ал өрістеріне {needed} қажет: файл зақымдалған немесе dBASE емес</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="356"/>
        <source>{file}: its length is not a whole number of index records: damaged</source>
        <translation>{file}: оның ұзындығы индекс жазбаларының бүтін санына тең емес: файл зақымдалған</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="360"/>
        <source>{file}: record {number} points past the end of {shp} (damaged or from another shapefile)</source>
        <translation>{file}: {number}-жазба {shp} файлының соңынан әрі сілтейді (зақымдалған немесе басқа шейп-файлдікі)</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="395"/>
        <source>{file}: record {number} runs past the end of the file: truncated or damaged</source>
        <translation>{file}: {number}-жазба файлдың соңынан асып кетеді: файл қысқартылған немесе зақымдалған</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="413"/>
        <source>{shp} holds {shapes} shapes but {shx} indexes {indexed}: the files do not belong together; refused</source>
        <translation>{shp} ішінде {shapes} фигура бар, ал {shx} {indexed} фигураны индекстейді: файлдар бір-біріне тиесілі емес; қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="418"/>
        <source>{dbf} holds {records} records but {shp} holds {shapes} shapes: features would be lost or mismatched; refused</source>
        <translation>{dbf} ішінде {records} жазба, ал {shp} ішінде {shapes} фигура бар: нысандар жоғалар не шатасар еді; қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="544"/>
        <source>the text contains a NUL byte, which cuts it short in other programs; refused</source>
        <translation>мәтінде NUL байты бар, ол басқа бағдарламаларда мәтінді қысқартады; қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="554"/>
        <source>the text is not valid {codec} at byte {position}</source>
        <translation>мәтін {position}-байтта жарамды {codec} емес</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="558"/>
        <source>the last character was cut in the middle at the {limit}-byte limit of the .dbf (bytes {bytes}); it was dropped</source>
        <translation>соңғы таңба .dbf файлының {limit} байт шегінде ортасынан кесілген ({bytes} байттары); ол алынып тасталды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="592"/>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>«{value}» — күн емес</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="641"/>
        <source>{file}: the .prj cannot be understood (it is {size} bytes); give the CRS with --crs</source>
        <translation>{file}: .prj файлы түсініксіз (өлшемі {size} байт); координаттар жүйесін --crs арқылы көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="646"/>
        <source>{file}: the .prj cannot be understood (not a coordinate reference system QGIS knows); give the CRS with --crs</source>
        <translation>{file}: .prj файлы түсініксіз (QGIS мұндай координаттар жүйесін білмейді); координаттар жүйесін --crs арқылы көрсетіңіз</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="691"/>
        <source>the record is marked deleted in {file}; it is not imported</source>
        <translation>жазба {file} ішінде жойылған деп белгіленген; ол импортталмайды</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="720"/>
        <source>{file}: the text cannot be read as {encoding}</source>
        <translation>{file}: мәтінді {encoding} ретінде оқу мүмкін емес</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_reader.py" line="723"/>
        <source>{file}: the text contains a NUL byte; refused</source>
        <translation>{file}: мәтінде NUL байты бар; қабылданбады</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/partner_package.py" line="360"/>
        <source>{file}: cannot be written ({error})</source>
        <translation>{file}: жазу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/reprojection.py" line="59"/>
        <source>the coordinates cannot be transformed ({error})</source>
        <translation>координаттарды қайта есептеу мүмкін емес ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="27"/>
        <source>Member of a network</source>
        <translation>Желі мүшесі</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="28"/>
        <source>Reintroduction site</source>
        <translation>Реинтродукция учаскесі</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="28"/>
        <source>Release at site</source>
        <translation>Учаскедегі шығару</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="37"/>
        <source>Position on the map</source>
        <translation>Картадағы орны</translation>
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
        <translation>Жаңа жазба: {kind}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="59"/>
        <source>{record}: {field}: {problem}. Correct “{field}” and try again.</source>
        <translation>{record}: {field}: {problem}. «{field}» өрісін түзетіп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="64"/>
        <source>{kind}: “{field}” is required. Fill it in and save again.</source>
        <translation>{kind}: «{field}» өрісі міндетті. Оны толтырып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="66"/>
        <source>{kind}: another record has the same “{field}”. Give it another value and save again.</source>
        <translation>{kind}: басқа жазбада «{field}» мәні дәл осындай. Басқа мән беріп, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/error_messages.py" line="69"/>
        <source>{kind}: a value is not allowed. Pick one of the values the form offers and save again.</source>
        <translation>{kind}: мән рұқсат етілмеген. Пішін ұсынған мәндердің бірін таңдап, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="284"/>
        <source>{title} is open already: it is shown in the layer panel and the dock</source>
        <translation>{title} ашық тұр: ол қабаттар панелінде және тізілім панелінде көрсетілген</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="466"/>
        <source>The connection holds a password, which QGIS&apos;s layers would have to keep in the project: it is not used. Keep the user and password in QGIS&apos;s authentication manager and add authcfg=ID, or in pg_service.conf and .pgpass and give service=NAME</source>
        <translation>Қосылымда құпиясөз бар, оны QGIS қабаттары жобада сақтауы керек болар еді: ол пайдаланылмайды. Пайдаланушы мен құпиясөзді QGIS аутентификация менеджерінде сақтап, authcfg=ID қосыңыз немесе pg_service.conf пен .pgpass файлдарында сақтап, service=NAME беріңіз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="504"/>
        <source>You opened the demo registry before. Open it with the changes you made to it, or start again from the original demo (your changes to the demo are lost)?</source>
        <translation>Сіз демонстрациялық тізілімді бұрын ашқансыз. Оны өз өзгерістеріңізбен ашасыз ба, әлде бастапқы демодан қайта бастайсыз ба (демодағы өзгерістеріңіз жоғалады)?</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="508"/>
        <source>Open with my changes</source>
        <translation>Өзгерістеріммен ашу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="509"/>
        <source>Start again</source>
        <translation>Қайта бастау</translation>
    </message>
    <message>
        <location filename="../plugin/gui/record_edit_check.py" line="135"/>
        <source>{layer} cannot be saved as it is; your edits stay in the layer. {problems}</source>
        <translation>{layer} қабатын осы күйінде сақтау мүмкін емес; түзетулеріңіз қабатта қалады. {problems}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="86"/>
        <source>Year of the decision that gave the new status (written to &apos;Year of the status&apos;)</source>
        <translation>Жаңа мәртебені берген шешімнің жылы («Мәртебе жылы» өрісіне жазылады)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="99"/>
        <source>Year of the decision:</source>
        <translation>Шешім жылы:</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="77"/>
        <source>Change of status</source>
        <translation>Мәртебенің өзгеруі</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="78"/>
        <source>{name}: {old} → {new}</source>
        <translation>{name}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="96"/>
        <source>Every change of status is kept in the registry&apos;s history with a note. Without a note the change is undone.</source>
        <translation>Мәртебенің әр өзгерісі тізілім тарихында ескертпемен сақталады. Ескертпесіз өзгеріс болдырылмайды.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="237"/>
        <source>The status of {names} was not changed: a change of status needs a note. Use Change status… in the TBPA Registry dock, or give the note when asked.</source>
        <translation>{names} мәртебесі өзгертілмеді: мәртебені өзгерту үшін ескертпе қажет. TBPA тізілімі панеліндегі «Мәртебені өзгерту…» әрекетін пайдаланыңыз немесе сұралғанда ескертпе жазыңыз.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/status_edit_guard.py" line="278"/>
        <source>The changes were saved, but their notes could not be written to the status history: {reason}</source>
        <translation>Өзгерістер сақталды, бірақ олардың ескертпелерін мәртебелер тарихына жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="64"/>
        <source>Reads a package sent by a partner (our own zip, or plain shapefiles named with our field names or WDPA&apos;s; choose any .shp to read its whole folder), validates every record, reprojects to EPSG:4326 and merges in one transaction: new records added, identical ones skipped (geometry within 1 m), changed ones updated (status changes are logged), conflicts (same id, another country or a geometry more than 5 km away) reported and left untouched. A package from a partner changes only that partner&apos;s records (and networks listing it); other countries&apos; changes are reported as conflicts (proposals), never applied. Any problem refuses the whole package and the registry is not changed. A dry run only reports.</source>
        <translation>Серіктес жіберген пакетті оқиды (біздің zip немесе біздің өріс атаулары не WDPA атаулары бар қарапайым шейп-файлдар; бүкіл қалтасын оқу үшін кез келген .shp таңдаңыз), әр жазбаны тексереді, EPSG:4326 жүйесіне қайта проекциялайды және бір транзакцияда біріктіреді: жаңа жазбалар қосылады, бірдейлері өткізіледі (геометрия 1 м шегінде), өзгергендері жаңартылады (мәртебе өзгерістері тарихқа жазылады), қайшылықтар (сол идентификатор, басқа ел немесе 5 км-ден алыс геометрия) есепке енгізіліп, өзгеріссіз қалдырылады. Серіктестің пакеті тек сол серіктестің жазбаларын (және ол кіретін желілерді) өзгертеді; басқа елдердің өзгерістері қайшылық (ұсыныс) ретінде есепке енеді және ешқашан қолданылмайды. Кез келген ақау бүкіл пакетті қабылдамайды, тізілім өзгермейді. Сынақ іске қосу тек есеп береді.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="92"/>
        <source>Range state that sent the package (ISO3; empty: the partner of its manifest; ALL: every country&apos;s records)</source>
        <translation>Пакетті жіберген ареал мемлекеті (ISO3; бос — оның manifest ішіндегі серіктес; ALL — барлық елдердің жазбалары)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/importpartnerpackage.py" line="105"/>
        <source>unknown range state &apos;{value}&apos; (expected one of {known}, or ALL)</source>
        <translation>белгісіз ареал мемлекеті «{value}» (мүмкін мәндер: {known} немесе ALL)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="44"/>
        <source>the PostgreSQL URI has an invalid percent-encoded character in its {part} (write % itself as %25)</source>
        <translation>PostgreSQL URI-дің {part} бөлігінде пайыздық кодтаудағы жарамсыз таңба бар (% таңбасының өзін %25 деп жазыңыз)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="72"/>
        <source>the PostgreSQL connection is not a list of keyword=value pairs (near &apos;{key}&apos;)</source>
        <translation>PostgreSQL қосылымы кілт=мән жұптарының тізімі емес ('{key}' маңында)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="83"/>
        <source>the value of &apos;{key}&apos; in the PostgreSQL connection has no closing quote</source>
        <translation>PostgreSQL қосылымындағы '{key}' мәнінің жабатын тырнақшасы жоқ</translation>
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
        <translation>пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="154"/>
        <source>password</source>
        <translation>құпиясөз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="144"/>
        <source>database name</source>
        <translation>дерекқор атауы</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="150"/>
        <source>the PostgreSQL URI has a parameter without a value (near &apos;{key}&apos;)</source>
        <translation>PostgreSQL URI-де мәні жоқ параметр бар ('{key}' маңында)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/connection.py" line="153"/>
        <source>parameters</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="224"/>
        <source>{location}: every role may create objects in schema {schemas} of this database, so any login could take over a registry kept there; ask the database&apos;s owner to run REVOKE CREATE ON SCHEMA {first} FROM PUBLIC; and try again</source>
        <translation>{location}: кез келген рөл осы дерекқордың {schemas} схемасында нысандар жасай алады, сондықтан кез келген пайдаланушы онда сақталған тізілімді басып ала алады; дерекқор иесінен REVOKE CREATE ON SCHEMA {first} FROM PUBLIC; орындауды сұрап, қайталаңыз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/postgis_store.py" line="553"/>
        <source>{table} &apos;{record}&apos;: read it from the registry before changing it (this connection never read it, so it cannot tell whether someone changed it since)</source>
        <translation>{table} '{record}': өзгертпес бұрын жазбаны тізілімнен оқыңыз (бұл қосылым оны оқымаған, сондықтан содан бері біреу өзгерткенін біле алмайды)</translation>
    </message>
    <message>
        <location filename="../plugin/registry/store.py" line="145"/>
        <source>The registry {path} is locked by another program that holds it exclusively (another QGIS, the command line or a database tool); close it there or try again in a moment</source>
        <translation>{path} тізілімін оны жалғыз өзі ұстап тұрған басқа бағдарлама бұғаттаған (басқа QGIS, командалық жол немесе дерекқор құралы); оны сонда жабыңыз немесе сәлден кейін қайталаңыз</translation>
    </message>
    <message>
        <location filename="../plugin/registry/transfer_commands.py" line="38"/>
        <source>{count} sensitive reintroduction site(s): partners (tbpa_reader, editors of other range states) read them moved to the centre of a ~10 km grid cell; editors of the site&apos;s country, tbpa_admin and the owner read them exact</source>
        <translation>Сезімтал реинтродукция учаскелері: {count}; серіктестер (tbpa_reader, басқа ареал елдерінің редакторлары) оларды ~10 км тор ұяшығының ортасына жылжытылған күйде көреді; учаске елінің редакторлары, tbpa_admin және иесі нақты орнын көреді</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="671"/>
        <source>geometry far from the registry&apos;s: centres {km:.1f} km apart, outlines differ by more than {outline:.1f} km</source>
        <translation>геометрия тізілімдегіден алыс: орталықтары бір-бірінен {km:.1f} км, контурлары {outline:.1f} км-ден артық алшақ</translation>
    </message>
    <message>
        <location filename="../plugin/exchange/package_import.py" line="746"/>
        <source>unknown range state &apos;{value}&apos; as the sender of the package (expected one of {known}, or ALL)</source>
        <translation>пакетті жіберуші ретінде белгісіз ареал мемлекеті «{value}» (мүмкін мәндер: {known} немесе ALL)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="17"/>
        <source>OK</source>
        <translation>Жарайды</translation>
    </message>
    <message>
        <location filename="../plugin/gui/exchange_dialog.py" line="75"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="18"/>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="266"/>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="18"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="19"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/buttons.py" line="19"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="550"/>
        <source>Undo last change</source>
        <translation>Соңғы өзгерісті болдырмау</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="213"/>
        <source>Give the selection back the status it had before its last change; the history keeps both changes</source>
        <translation>Таңдалған нысанға соңғы өзгеріске дейінгі мәртебесін қайтару; тарих екі өзгерісті де сақтайды</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="467"/>
        <source>{time} (UTC)</source>
        <translation>{time} (UTC)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="503"/>
        <source>Zoom to</source>
        <translation>Нысанға жақындату</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="505"/>
        <source>Open attribute table</source>
        <translation>Атрибуттар кестесін ашу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="511"/>
        <source>Show history</source>
        <translation>Тарихты көрсету</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="513"/>
        <source>Copy identifier</source>
        <translation>Идентификаторды көшіру</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="547"/>
        <source>{id} has not changed status since it was added: nothing to undo</source>
        <translation>{id} қосылғаннан бері мәртебесін өзгертпеген: болдырмайтын ештеңе жоқ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="550"/>
        <source>Give {id} back the status {old} (it became {new} on {when})? The history keeps both changes.</source>
        <translation>{id} нысанына «{old}» мәртебесін қайтару керек пе ({when} күні «{new}» болды)? Тарих екі өзгерісті де сақтайды.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="563"/>
        <source>Undo of the change of {when} ({note})</source>
        <translation>{when} өзгерісін болдырмау ({note})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/gaps_panel.py" line="126"/>
        <source>Click a row to see its gaps on the map, a number to see the gaps of that kind</source>
        <translation>Оның алшақтықтарын картада көру үшін жолды, осы түрдегі алшақтықтарды көру үшін санды басыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/help_page.py" line="37"/>
        <source>TBPA Registry help</source>
        <translation>TBPA тізілімі анықтамасы</translation>
    </message>
    <message>
        <location filename="../plugin/gui/help_page.py" line="44"/>
        <source>The help page is missing from this installation (README.md).</source>
        <translation>Бұл орнатуда анықтама беті жоқ (README.md).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="248"/>
        <source>Create an empty registry GeoPackage with the range states of the Central Asian Mammals Initiative</source>
        <translation>Орталық Азия сүтқоректілері бастамасының ареал елдері бар бос GeoPackage тізілімін жасау</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="250"/>
        <source>Add a registry GeoPackage to the project as one group and show it in the dock</source>
        <translation>GeoPackage тізілімін жобаға бір топ ретінде қосып, панельде көрсету</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="252"/>
        <source>Open a registry shared by several agencies on PostgreSQL/PostGIS</source>
        <translation>Бірнеше ведомствоға ортақ PostgreSQL/PostGIS тізілімін ашу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="254"/>
        <source>Open the demo registry of Kazakhstan&apos;s networks (built the first time; your changes are kept)</source>
        <translation>Қазақстан желілерінің демонстрациялық тізілімін ашу (алғаш ашқанда жасалады; өзгерістеріңіз сақталады)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="256"/>
        <source>Store this QGIS project inside the registry GeoPackage, to open it with Project &gt; Open From &gt; GeoPackage</source>
        <translation>Осы QGIS жобасын GeoPackage тізілімінің ішіне сақтау, оны Жоба &gt; Ашу &gt; GeoPackage арқылы ашуға болады</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="259"/>
        <source>Browse networks and protected areas, change a status with a note, see the history, the summary, reintroductions and cross-border gaps</source>
        <translation>Желілер мен ЕҚТА-ны шолу, мәртебені ескертпемен өзгерту, тарихты, қорытындыны, реинтродукцияны және трансшекаралық алшақтықтарды көру</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="262"/>
        <source>Write the shapefile package for one neighbouring range state</source>
        <translation>Бір көрші ареал елі үшін shapefile пакетін жазу</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="264"/>
        <source>Check a partner&apos;s package (dry run), then merge it into the registry</source>
        <translation>Серіктес пакетін тексеру (сынақ іске қосу), содан кейін оны тізілімге біріктіру</translation>
    </message>
    <message>
        <location filename="../plugin/gui/main.py" line="266"/>
        <source>How to use TBPA Registry</source>
        <translation>TBPA тізілімін қалай пайдалану керек</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="181"/>
        <source>Finds networks and protected areas by identifier or by name in any language</source>
        <translation>Желілер мен ЕҚТА-ны идентификатор немесе кез келген тілдегі атау бойынша іздейді</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="183"/>
        <source>Show only networks with this status</source>
        <translation>Тек осы мәртебедегі желілерді көрсету</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="184"/>
        <source>Show only networks of this range state</source>
        <translation>Тек осы ареал елінің желілерін көрсету</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="185"/>
        <source>Show only networks for this species</source>
        <translation>Тек осы түрге арналған желілерді көрсету</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="192"/>
        <source>Select to see it on the map and its history; right-click for more</source>
        <translation>Нысанды картада және оның тарихын көру үшін таңдаңыз; басқа әрекеттер үшін оң жақ батырманы басыңыз</translation>
    </message>
    <message>
        <location filename="../plugin/gui/registry_dock.py" line="206"/>
        <source>Change the status of the selection; a note and the year of the decision go into its history</source>
        <translation>Таңдалғанның мәртебесін өзгерту; ескертпе мен шешім жылы оның тарихына жазылады</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсетіп, шығу</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: қате: %(message)s
</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>the following arguments are required: %s</source>
        <translation>мына аргументтер міндетті: %s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>one of the arguments %s is required</source>
        <translation>%s аргументтерінің бірі міндетті</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге қолдануға болмайды</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>ignored explicit argument %r</source>
        <translation>%r айқын аргументі еленбеді</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>expected one argument</source>
        <translation>бір аргумент күтіледі</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>expected at most one argument</source>
        <translation>ең көбі бір аргумент күтіледі</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>expected at least one argument</source>
        <translation>кемінде бір аргумент күтіледі</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>екіұшты параметр: %(option)s мыналардың бірі болуы мүмкін: %(matches)s</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s түрінің жарамсыз мәні: %(value)r</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз таңдау: %(value)r (%(choices)s ішінен таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>белгісіз пәрмен %(parser_name)r (нұсқалар: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../plugin/argparse_translation.py" line="19"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>«%(filename)s» ашу мүмкін емес: %(error)s</translation>
    </message>
</context>
</TS>
