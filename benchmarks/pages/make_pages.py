"""Writes the saved-page corpus: realistic pages in several site layouts, with their hand-made bodies.

    uv run python benchmarks/pages/make_pages.py

Each page NAME gets NAME.html (as a browser's "Save page as, HTML only" would
keep it) and NAME.expected.txt (the article body a person would keep: the
headline's paragraphs only, no navigation, ads, captions, related links,
share or subscription lines, comments). The article texts were written for
this corpus; the layouts imitate common news sites (WordPress, a wire story on
an Indian portal, Russian media and agency pages, a British paper with ads in
the body, a German paper, a Ukrainian site, a page of bare divs).
"""

from __future__ import annotations

import html
from pathlib import Path

HERE = Path(__file__).resolve().parent


def p(paras):
    return "\n".join(f"<p>{html.escape(x)}</p>" for x in paras)


PAGES = {}

# 1. WordPress news site, English: nav, figure with caption, inline "Read more", share, tags, comments.
body1 = [
    "Georgian border officials said on Wednesday that about 10,000 Russians a day were crossing the Upper Lars "
    "checkpoint, twice as many as a week earlier.",
    "The queue of cars on the Russian side stretched for more than 20 kilometres, drivers said, and some people "
    "waited for three days before they reached the border post.",
    "Georgia's interior ministry said 53,000 Russian citizens had entered the country since 21 September, while "
    "about 30,000 had left it again, mostly for Armenia and Turkey.",
    "Local residents in the village of Zemo Larsi sold water and food to the people waiting in the queue, and "
    "some offered to carry bicycles across the border for a fee.",
    "Russian authorities set up a mobile enlistment office near the checkpoint on Monday, according to regional "
    "officials in North Ossetia.",
]
PAGES["wp-news-en"] = (f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Russians queue for days at Georgian border &#8211; Caucasus Post</title>
<meta property="og:site_name" content="Caucasus Post"><meta property="article:published_time" content="2022-09-28T11:20:00+04:00">
<link rel="canonical" href="https://caucasuspost.example/2022/09/28/russians-queue-georgian-border/"></head>
<body class="post-template-default single single-post">
<header id="masthead" class="site-header"><div class="site-branding"><a href="/">Caucasus Post</a></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/politics">Politics</a></li>
<li><a href="/economy">Economy</a></li><li><a href="/region">Region</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-4812" class="post-4812 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">Russians queue for days at Georgian border</h1>
<div class="entry-meta"><span class="posted-on">September 28, 2022</span> <span class="byline">by <a href="/author/nino">Nino Beridze</a></span></div></header>
<figure class="wp-block-image"><img src="queue.jpg" alt=""><figcaption>Cars queue at the Upper Lars checkpoint. Photo: Caucasus Post</figcaption></figure>
<div class="entry-content">
{p(body1[:2])}
<p><strong>Read more:</strong> <a href="/2022/09/25/mobilisation">What Russia's mobilisation means for the region</a></p>
{p(body1[2:])}
</div>
<footer class="entry-footer"><div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li><li><a href="#">Email</a></li></ul></div>
<span class="tags-links">Tagged <a href="#">Georgia</a>, <a href="#">Russia</a>, <a href="#">migration</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;Russians queue for days at Georgian border&rdquo;</h2>
<ol class="comment-list"><li class="comment"><div class="comment-author">Giorgi</div><div class="comment-content"><p>The government should have closed the border a week ago, this is a disgrace for everybody involved.</p></div></li>
<li class="comment"><div class="comment-author">Anna</div><div class="comment-content"><p>My cousin waited for forty hours in that queue and said the people were helping each other all the way.</p></div></li></ol></div>
</main></div>
<footer id="colophon"><p>&copy; 2022 Caucasus Post. All rights reserved.</p><p>Proudly powered by WordPress</p></footer></body></html>""", body1)

# 2. A wire story on an Indian portal: breadcrumb, standfirst, caption twice, "Reuters |", Also Read box, promo.
body2 = [
    "Kazakhstan's interior ministry said on Tuesday that more than 200,000 Russians had entered the country since "
    "President Vladimir Putin announced a partial mobilisation on Sept. 21.",
    "About 147,000 of them had already left Kazakhstan again, the ministry said, without saying where they went.",
    "Officials in the capital Astana said the flow had eased since the weekend, after Russia set up enlistment "
    "points at several crossings on its side of the border.",
    "\"We are not going to send back people who are fleeing a hopeless situation,\" President Kassym-Jomart "
    "Tokayev said last week, calling for the arrivals to be treated with care.",
]
PAGES["wire-portal-en"] = (f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Over 200,000 Russians entered Kazakhstan since mobilisation: ministry | World News - Daily Indian Times</title>
<meta property="og:title" content="Over 200,000 Russians entered Kazakhstan since mobilisation: ministry">
<meta property="og:site_name" content="Daily Indian Times">
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","headline":"Over 200,000 Russians entered Kazakhstan since mobilisation: ministry","datePublished":"2022-10-04T21:03:00+05:30","author":[{{"@type":"Person","name":"Reuters"}}],"publisher":{{"@type":"Organization","name":"Daily Indian Times"}}}}</script></head>
<body><div class="topNav"><a href="/">Home</a><a href="/india-news">India</a><a href="/world-news">World</a><a href="/cricket">Cricket</a><a href="/login">Sign In</a></div>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/world-news">World News</a> / Over 200,000 Russians entered Kazakhstan since mobilisation: ministry</div>
<div class="storyDetail"><h1 class="hdg1">Over 200,000 Russians entered Kazakhstan since mobilisation: ministry</h1>
<h2 class="sortDec">About 147,000 of them had already left Kazakhstan again, the interior ministry said.</h2>
<div class="dateTime">Published on Oct 04, 2022 09:03 PM IST</div>
<figure><img src="kz.jpg"><figcaption>People cross the border into Kazakhstan at Mashtakovo.(REUTERS)</figcaption></figure>
<div class="storyBy">Reuters |</div>
<div class="storyDetails">
{p(body2[:2])}
<div class="alsoRead"><p>Also Read | <a href="/x">Finland closes its border to Russian tourists</a></p></div>
{p(body2[2:])}
<p class="promo">Get Latest World News along with Latest News from India at Daily Indian Times.</p>
</div>
<div class="shareArticle"><span>SHARE THIS ARTICLE ON</span><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div>
<div class="topics"><span>Topics</span><a>kazakhstan</a><a>russia</a><a>mobilisation</a></div></div>
<div class="trending"><h3>TRENDING TOPICS</h3><a>Cricket World Cup</a><a>Share Market Today</a></div>
<footer><p>Copyright &copy; Daily Indian Times Ltd. All rights reserved.</p></footer></body></html>""",
                       ["About 147,000 of them had already left Kazakhstan again, the interior ministry said."]
                       + body2)

# 3. A Russian independent outlet: short paragraphs, "Читайте также" inside the text, subscription box.
body3 = [
    "С 21 сентября, когда Владимир Путин объявил частичную мобилизацию, Россию покинули не менее 700 тысяч "
    "человек. Об этом пишет Forbes со ссылкой на источник, знакомый с оценками администрации президента.",
    "По данным издания, около 200 тысяч из них уехали в Казахстан. Еще один источник назвал цифру от 600 до 700 "
    "тысяч человек.",
    "В Кремле эти оценки не подтвердили. Пресс-секретарь президента Дмитрий Песков заявил журналистам, что "
    "точных данных у него нет, но названные цифры «далеки от реальности».",
    "Власти Грузии сообщали, что в страну въехали около 53 тысяч россиян, Финляндии и Эстонии — около 66 тысяч.",
]
PAGES["ru-media"] = (f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Россию после объявления мобилизации покинули не менее 700 тысяч человек — Новая волна</title>
<meta property="og:site_name" content="Новая волна"><meta name="author" content="Мария Соколова">
<meta property="article:published_time" content="2022-10-04T12:41:00+03:00"></head><body>
<div class="Header"><a href="/">Новая волна</a><ul><li><a href="/news">Новости</a></li><li><a href="/features">Истории</a></li><li><a href="/podcasts">Подкасты</a></li><li><a href="/donate">Поддержать</a></li></ul></div>
<div class="Layout"><article class="Material">
<header><h1>Россию после объявления мобилизации покинули не менее 700 тысяч человек</h1>
<div class="MaterialMeta"><time datetime="2022-10-04T12:41:00+03:00">12:41, 4 октября 2022</time><span>Мария Соколова</span></div></header>
<div class="Body">
{p(body3[:2])}
<div class="Related"><p>Читайте также: <a href="/r">Как пересечь границу с Казахстаном: инструкция</a></p></div>
{p(body3[2:])}
</div>
<div class="Subscribe"><p>Подпишитесь на нашу рассылку, чтобы получать главные новости каждое утро.</p><button>Подписаться</button></div>
<div class="Share"><span>Поделиться</span><a>Telegram</a><a>VK</a></div>
</article>
<aside class="Sidebar"><h3>Самое читаемое</h3><ul><li><a>Что будет с рублем в октябре</a></li><li><a>Как получить загранпаспорт быстро</a></li></ul></aside></div>
<footer><p>© 2022 Новая волна. Все права защищены. 18+</p></footer></body></html>""", body3)

# 4. A Russian agency: dateline, ad blocks inside the body, "Ещё по теме" list.
body4 = [
    "АСТАНА, 6 октября. Число граждан России, въехавших в Казахстан после 21 сентября, превысило 200 тысяч "
    "человек, сообщил министр внутренних дел республики Марат Ахметжанов.",
    "По его словам, за тот же период из Казахстана выехали около 147 тысяч россиян. Куда именно они "
    "направились, министр не уточнил.",
    "Ахметжанов также сообщил, что около 70 тысяч граждан России обратились за получением индивидуального "
    "идентификационного номера.",
    "В министерстве отметили, что в последние дни поток въезжающих заметно сократился.",
]
PAGES["ru-agency"] = (f"""<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Более 200 тысяч россиян въехали в Казахстан после 21 сентября - Информагентство Степь</title>
<meta property="og:site_name" content="Информагентство Степь"></head><body>
<div id="top-menu"><a href="/">Главная</a> <a href="/politics">Политика</a> <a href="/economy">Экономика</a> <a href="/society">Общество</a> <a href="/login">Войти</a></div>
<div class="news-page"><div class="date">06.10.2022 15:27</div>
<h1>Более 200 тысяч россиян въехали в Казахстан после 21 сентября</h1>
<div class="news-text">
{p(body4[:2])}
<div class="banner"><p>Реклама</p></div>
{p(body4[2:])}
</div>
<div class="tags">Теги: <a>Казахстан</a> <a>Россия</a> <a>мобилизация</a></div></div>
<div class="more-news"><h3>Ещё по теме</h3><ul><li><a>Токаев поручил обеспечить безопасность прибывающих россиян</a></li>
<li><a>В Уральске открыли пункт временного размещения</a></li></ul></div>
<div class="footer">© Информагентство Степь, 2022. При использовании материалов ссылка обязательна.</div></body></html>""",
                      body4)

# 5. A British paper: ads and a newsletter line inside the article body.
body5 = [
    "Finland will close its border to Russian tourists from midnight on Friday, the government said, after the "
    "number of Russians crossing into the country doubled in the week after the mobilisation was announced.",
    "The Finnish border guard said nearly 17,000 Russians entered Finland over the weekend, compared with about "
    "8,500 a week earlier.",
    "Estonia, Latvia and Lithuania had already stopped admitting Russians with tourist visas, leaving Finland as "
    "the last easy route into the European Union's passport-free area.",
    "Russians with family ties in Finland, those coming to work or study and those seeking asylum will still be "
    "allowed to cross, the foreign minister, Pekka Haavisto, told reporters in Helsinki.",
]
PAGES["uk-paper"] = (f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Finland to close border to Russian tourists | World news | The Morning Ledger</title>
<meta property="og:site_name" content="The Morning Ledger"><meta name="author" content="Tom Ellis in Helsinki">
<meta property="article:published_time" content="2022-09-29T14:58:00.000Z"></head><body>
<header><a class="skip" href="#maincontent">Skip to main content</a><nav><a href="/">News</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a><a href="/culture">Culture</a></nav></header>
<main id="maincontent"><article><h1>Finland to close border to Russian tourists</h1>
<div class="standfirst"><p>Move leaves few easy routes into Schengen area for Russians fleeing mobilisation</p></div>
<address>Tom Ellis in Helsinki</address><time>Thu 29 Sep 2022 15.58 BST</time>
<div class="article-body">
{p(body5[:1])}
<aside class="ad-slot"><p>Advertisement</p></aside>
{p(body5[1:3])}
<p><strong>Sign up to Morning Briefing, our free daily newsletter</strong></p>
{p(body5[3:])}
</div></article>
<section class="onward"><h2>Most viewed</h2><ol><li>Why the pound fell</li><li>Ten best autumn walks</li></ol></section></main>
<footer><p>&copy; 2022 Ledger News &amp; Media Limited or its affiliated companies. All rights reserved.</p></footer></body></html>""",
                     ["Move leaves few easy routes into Schengen area for Russians fleeing mobilisation"] + body5)

# 6. A German paper with "Lesen Sie auch" and "Anzeige".
body6 = [
    "Seit der Verkündung der Teilmobilmachung haben nach Angaben aus Kasachstan mehr als 200.000 Russen das "
    "Nachbarland erreicht.",
    "Rund 147.000 von ihnen seien bereits weitergereist, teilte das Innenministerium in Astana mit.",
    "Auch an der georgischen Grenze bildeten sich kilometerlange Staus. Nach Angaben der georgischen Behörden "
    "kamen zeitweise bis zu 10.000 Menschen pro Tag über den Grenzübergang Werchni Lars.",
]
PAGES["de-zeitung"] = (f"""<!DOCTYPE html><html lang="de"><head><meta charset="iso-8859-1">
<title>Mehr als 200.000 Russen nach Kasachstan geflohen | Rheinische Rundschau</title>
<meta property="og:site_name" content="Rheinische Rundschau"><meta name="date" content="2022-10-05T08:30:00+02:00"></head><body>
<nav><a href="/">Startseite</a><a href="/politik">Politik</a><a href="/wirtschaft">Wirtschaft</a><a href="/abo">Abo</a></nav>
<article><h1>Mehr als 200.000 Russen nach Kasachstan geflohen</h1><p class="meta">05.10.2022, 08:30 Uhr</p>
{p(body6[:2])}
<div class="teaser"><p>Lesen Sie auch: <a>Warum Finnland die Grenze schließt</a></p></div>
<div class="ad"><p>Anzeige</p></div>
{p(body6[2:])}
</article>
<div class="footer">&copy; Rheinische Rundschau 2022 &ndash; Alle Rechte vorbehalten</div></body></html>""", body6)

# 7. A Ukrainian site: "Читайте також" line and a Telegram subscription line inside the article.
body7 = [
    "Після оголошення мобілізації в Росії країну покинули щонайменше 700 тисяч чоловіків, пише Forbes із "
    "посиланням на джерело в адміністрації Кремля.",
    "Близько 200 тисяч із них виїхали до Казахстану, ще 66 тисяч перетнули кордон з Фінляндією та Естонією.",
    "У Кремлі ці дані заперечили: речник Дмитро Пєсков заявив, що цифри «далекі від реальності».",
]
PAGES["ua-site"] = (f"""<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8"><title>Росію покинули щонайменше 700 тисяч чоловіків - Вісник</title>
<meta property="og:site_name" content="Вісник"></head><body>
<div class="menu"><a>Новини</a><a>Політика</a><a>Економіка</a><a>Війна</a></div>
<div class="article"><h1>Росію покинули щонайменше 700 тисяч чоловіків</h1><span class="date">04.10.2022, 18:10</span>
{p(body7[:1])}
<p>Читайте також: <a>Як Казахстан приймає росіян</a></p>
{p(body7[1:])}
<p>Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини.</p></div>
<div class="footer">© 2022 Вісник. Усі права захищено.</div></body></html>""", body7)

# 8. A page of bare divs (no article or p tags), short: the extractor's first answer can be empty.
body8 = [
    "Mongolia says more than 3,000 Russians have crossed its border since the mobilisation was announced.",
    "Most of them came through the Altanbulag checkpoint, border officials said on Monday.",
]
PAGES["div-soup-en"] = (f"""<html><head><title>Mongolia: 3,000 Russians crossed border</title></head><body>
<div class="nav"><div><a href="/">Steppe Daily</a></div><div><a href="/news">News</a> <a href="/sport">Sport</a></div></div>
<div class="content"><div class="headline">Mongolia: 3,000 Russians crossed border</div>
<div class="txt">{html.escape(body8[0])}<br><br>{html.escape(body8[1])}</div></div>
<div class="foot">Steppe Daily 2022</div></body></html>""", body8)

# Pages 9-11 were written after the tidying rules, to see how the rules do on layouts they were not made on
# (their scores before any change are in benchmarks/README.md).
body9 = [
    "Число россиян, пересекших границу с Грузией после объявления мобилизации, достигло 78 тысяч, сообщил "
    "глава МВД Грузии Вахтанг Гомелаури.",
    "По его словам, из них около 35 тысяч уже покинули страну. В среднем в сутки въезжают от 5 до 6 тысяч "
    "человек, добавил министр.",
    "На пункте пропуска «Верхний Ларс» работают дополнительные сотрудники, очередь на российской стороне "
    "сократилась до нескольких километров.",
]
PAGES["ru-portal-caption"] = (f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>МВД Грузии: после мобилизации в страну въехали 78 тысяч россиян | Кавказский узел новостей</title>
<meta property="og:site_name" content="Кавказский узел новостей">
<meta property="article:published_time" content="2022-09-29T17:44:00+04:00"></head><body>
<header><div class="logo">КУН</div><ul class="menu"><li>Новости</li><li>Мнения</li><li>Видео</li><li>Карта</li></ul>
<form class="search"><input placeholder="Поиск по сайту"></form></header>
<div class="wrap"><div class="article-header"><h1>МВД Грузии: после мобилизации в страну въехали 78 тысяч россиян</h1>
<div class="article-info"><span class="time">29 сентября 2022, 17:44</span> <span class="views">12 345 просмотров</span></div></div>
<div class="article-photo"><img src="lars.jpg"><div class="photo-caption">Очередь на пункте пропуска «Верхний Ларс». Фото: пресс-служба МВД Грузии</div></div>
<div class="article-content">
{p(body9)}
<p class="source">Источник: пресс-служба МВД Грузии</p>
</div>
<div class="social"><a>Поделиться в Telegram</a><a>ВКонтакте</a><a>Одноклассники</a></div>
<div class="subscribe-box"><p>Подпишитесь на наш канал в Telegram</p></div>
<div class="related"><h3>Материалы по теме</h3><ul><li><a>Грузия не будет закрывать границу с Россией</a></li><li><a>Как въехать в Грузию на машине</a></li></ul></div></div>
<footer><p>© 2022 Кавказский узел новостей. 16+</p><p>Свидетельство о регистрации СМИ Эл № ФС77-00000</p></footer></body></html>""", body9)

body10 = [
    "Norway is tightening controls at its only border crossing with Russia, at Storskog, after the number of "
    "Russians arriving there rose sharply in the days after the mobilisation order.",
    "The Norwegian police said 2,900 Russians crossed at Storskog in the last week of September, up from about "
    "1,300 in the week before.",
    "\u201cWe are prepared to close the border at short notice if necessary,\u201d Justice Minister Emilie "
    "Enger Mehl told the broadcaster NRK.",
    "Norway is not a member of the European Union but belongs to the Schengen passport-free area.",
]
PAGES["nordic-amp"] = (f"""<!doctype html><html amp lang="en"><head><meta charset="utf-8">
<title>Norway tightens Russian border checks - Nordic Wire</title><link rel="canonical" href="https://nordicwire.example/norway-border">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","name":"Nordic Wire"}},{{"@type":"NewsArticle","headline":"Norway tightens Russian border checks","datePublished":"2022-10-03T07:30:00Z","author":{{"@type":"Person","name":"Ingrid Solberg"}}}}]}}</script>
<style amp-custom>body{{font-family:sans-serif}}</style></head><body>
<amp-sidebar id="menu" layout="nodisplay"><ul><li>World</li><li>Nordic</li><li>Business</li><li>About us</li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle">Menu</button><a href="/">Nordic Wire</a></header>
<article class="amp-article"><h1>Norway tightens Russian border checks</h1>
<div class="amp-byline">By Ingrid Solberg</div><div class="amp-date">October 3, 2022</div>
<amp-img src="storskog.jpg" width="800" height="450" layout="responsive"></amp-img>
<div class="amp-caption">The Storskog border crossing in northern Norway. Photo: Nordic Wire</div>
<div class="amp-body">
{p(body10[:2])}
<amp-ad width="300" height="250" type="doubleclick"><p>Advertisement</p></amp-ad>
{p(body10[2:])}
</div></article>
<div class="amp-related"><h2>You may also like</h2><a>Finland to build fence on Russian border</a><a>Sweden raises threat level</a></div>
<footer class="amp-footer">Nordic Wire &copy; 2022 | Privacy policy | Cookie settings</footer></body></html>""", body10)

body11 = [
    "\u041f\u043e \u0434\u0430\u043d\u043d\u044b\u043c \u043f\u043e\u0433\u0440\u0430\u043d\u0438\u0447\u043d\u043e\u0439 \u0441\u043b\u0443\u0436\u0431\u044b \u041c\u043e\u043d\u0433\u043e\u043b\u0438\u0438, \u0441 21 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f \u0432 \u0441\u0442\u0440\u0430\u043d\u0443 \u0432\u044a\u0435\u0445\u0430\u043b\u0438 \u0431\u043e\u043b\u0435\u0435 3 \u0442\u044b\u0441\u044f\u0447 \u0440\u043e\u0441\u0441\u0438\u044f\u043d.",
    "\u0411\u043e\u043b\u044c\u0448\u0438\u043d\u0441\u0442\u0432\u043e \u0438\u0437 \u043d\u0438\u0445 \u2014 \u0436\u0438\u0442\u0435\u043b\u0438 \u0411\u0443\u0440\u044f\u0442\u0438\u0438 \u0438 \u0422\u0443\u0432\u044b, \u043f\u0435\u0440\u0435\u0441\u0435\u043a\u0430\u0432\u0448\u0438\u0435 \u0433\u0440\u0430\u043d\u0438\u0446\u0443 \u0447\u0435\u0440\u0435\u0437 \u043f\u0443\u043d\u043a\u0442 \u043f\u0440\u043e\u043f\u0443\u0441\u043a\u0430 \u0410\u043b\u0442\u0430\u043d\u0431\u0443\u043b\u0430\u0433.",
    "\u0412\u043b\u0430\u0441\u0442\u0438 \u041c\u043e\u043d\u0433\u043e\u043b\u0438\u0438 \u0437\u0430\u044f\u0432\u0438\u043b\u0438, \u0447\u0442\u043e \u043d\u0435 \u043f\u043b\u0430\u043d\u0438\u0440\u0443\u044e\u0442 \u043c\u0435\u043d\u044f\u0442\u044c \u043f\u0440\u0430\u0432\u0438\u043b\u0430 \u0432\u044a\u0435\u0437\u0434\u0430 \u0434\u043b\u044f \u0433\u0440\u0430\u0436\u0434\u0430\u043d \u0420\u043e\u0441\u0441\u0438\u0438.",
]
PAGES["ru-regional-table"] = (f"""<html><head><meta charset="utf-8"><title>Более 3 тысяч россиян въехали в Монголию</title></head>
<body><table width="100%"><tr><td class="left-menu"><a>Главная</a><br><a>Новости</a><br><a>Архив</a><br><a>Контакты</a></td>
<td class="main"><h2>Более 3 тысяч россиян въехали в Монголию</h2><small>03.10.2022</small>
{p(body11)}
<p>Читайте нас в Telegram и VK</p>
</td><td class="right"><b>Погода</b><br>Улан-Удэ +4°C<br><b>Курсы валют</b><br>USD 61,2<br>EUR 59,8</td></tr></table>
<div align="center">Все права защищены © 2022 Байкальская неделя</div></body></html>""", body11)


def main() -> None:
    for name, (page, body) in PAGES.items():
        charset = "utf-8"
        if 'charset=windows-1251' in page:
            charset = "cp1251"
        elif 'charset="iso-8859-1"' in page:
            charset = "latin-1"
        (HERE / f"{name}.html").write_bytes(page.encode(charset))
        (HERE / f"{name}.expected.txt").write_text("\n\n".join(body) + "\n", encoding="utf-8")
    print(f"{len(PAGES)} pages written to {HERE}")


if __name__ == "__main__":
    main()
