#!/usr/bin/env python3
"""Writes Fuzz/Seeds/ from hand-made samples and short excerpts of Corpus/ and Tests/Fixtures."""
import json, os, shutil, sys

root = sys.argv[1]          # the repository (read excerpts from it)
out = sys.argv[2]           # the Seeds folder to write
H = os.path.join(root, "Tests/Fixtures/reference/figure_links_heldout/texts")

def read(path):
    with open(os.path.join(root, path), "rb") as f:
        return f.read()

def excerpt(path, start, length):
    """length bytes from start, cut back to the last line end (whole paragraphs)."""
    data = read(path)[start:start + length]
    cut = data.rfind(b"\n")
    return data[:cut + 1] if cut > 0 else data

seeds = {}
def add(harness, name, data):
    if isinstance(data, str):
        data = data.encode()
    assert len(data) <= 6000, (harness, name, len(data))
    seeds.setdefault(harness, {})[name] = data

A001 = "Corpus/001_4905c266883032d1.txt"
A002 = "Corpus/002_7507c6e2ecf09481.txt"
A000 = "Corpus/000_6ba0587e5d08f3ae.txt"
A003 = "Corpus/003_51ed1fb015d31576.txt"

# --- tokenizer
add("tokenizer", "corpus_001", excerpt(A001, 0, 2000))
add("tokenizer", "policy", "U.S.-led forces and the U.S. Embassy; Iran’s, Iran's and Congress’ war; didn't, shi'ite, O’Brien, ʼokina.\n"
    "Iran-backed al-Muhandis fought a 34-day war -- then 1,200 troops (1.2 per cent, 76%) at 11:45 p.m., e.g. www.x.org.\n"
    "Dashes – and — separate; ‐hyphen‑nonbreaking; 12,34 and 1,2345; 3.14.15; a.b.c.-d\n")
add("tokenizer", "unicode", "Zürich İstanbul ΣΊΣΥΦΟΣ Ελλάδα Москва ١٢٣ ٣٤٥ 東京 naïve café e\u0301 Straße ﬁne ǅungla 😀 🇺🇸 \u00a0nbsp\u2009thin\u3000wide\ufeffbom\n")
add("tokenizer", "invalid_utf8", b"caf\xc3 \xe2\x80 end\xff\xfe U.S\xd8. \xf0\x9f\x98 x\xc0\xaf y\xed\xa0\x80 z\x80\x80\n")
add("tokenizer", "heldout_rockets", excerpt("Tests/Fixtures/reference/figure_links_heldout/texts/rockets/01_cnn.txt", 0, 1800))

# --- sentences (segmenter and paragraph splitter)
add("sentences", "corpus_002", excerpt(A002, 0, 2500))
add("sentences", "abbreviations", "Gen. Qassem Soleimani met Sen. Ben. Sasse and Mark T. Esper in the U.S. The talks ended. "
    "Rep. Adam Smith (D-Wash.) said so on Jan. 3 at 5 p.m. He left. Acme Inc. The firm grew. "
    "“Stop!” she said. (He did.) Why? Because… It ended… Then 2020 came. 'Quoted.' [Bracketed.] «Guillemets.» —Dash.\n")
add("sentences", "hard_wrapped", "This paragraph was written the way e-mail archives keep text, wrapped at a\n"
    "fixed width of about seventy characters, so that a single line break does\n"
    "not end a paragraph and the sentence carries on to the next line until it\n"
    "ends here.\nA new line in capitals: a new paragraph?\n\n  Blank lines separate.  \n\n\n"
    "lowercase continuation\nof the line above\n")
add("sentences", "long_sentence", ("word " * 700 + "x" * 300 + " and more, " * 60).strip() + ".\n")
add("sentences", "corpus_003", excerpt(A003, 0, 1500))

# --- cleaner (boilerplate and scraped text)
add("cleaner", "corpus_000", excerpt(A000, 0, 2107))
add("cleaner", "heldout_cnn", read("Tests/Fixtures/reference/figure_links_heldout/texts/rockets/01_cnn.txt")[1000:3200])
add("cleaner", "heldout_mint", excerpt("Tests/Fixtures/reference/figure_links_heldout/texts/merger/06_mint.txt", 0, 1200))
add("cleaner", "page_leftovers", "The Washington PostDemocracy Dies in Darkness\nSkip to main content\nAdvertisement\n"
    "date 2020-01-03T10:00Z The strike killed him, officials said. (Video: Reuters) AP PHOTO/FILE\n"
    "Read more: https://www.example.com/news/2020/01/03/story.html?utm_source=x&amp;ref=%D8%B3%D9%84\n"
    "See [the statement](https://gov.example/statement \"title\") and ![map](img/map-articleLarge-v2.jpg?quality=75).\n"
    "<p>Tags <b>bold</b> &amp; entities &#8217; &#x2014; &nbsp;&unknown; <a href=\"x\">link</a></p>\n"
    "Write to news@example.org or visit bbc.co.uk/news; id 1234567890 and a1b2c3d4e5f6a7b8.\n"
    "Strike was ordered. pic.twitter.com/Qm7vK2xLpA\n— Israel Defense Forces (@IDF) May 17, 2026\n"
    "We use cookies to personalise your experience. Accept all cookies | Manage preferences\n"
    "The strike killed him, officials said. AP PHOTO/FILE\nRelated: Iran vows revenge\nShare this article\n")
add("cleaner", "corpus_001_tail", read(A001)[-1800:])

# --- figures
add("figures", "corpus_001", excerpt(A001, 600, 2600))
add("figures", "heldout_quake", excerpt("Tests/Fixtures/reference/figure_links_heldout/texts/quake/03_bbc-news.txt", 0, 2400))
add("figures", "heldout_merger", excerpt("Tests/Fixtures/reference/figure_links_heldout/texts/merger/06_mint.txt", 700, 2400))
add("figures", "forms", "At least 25 people were killed and about 3,000 troops were sent this year. Nearly two dozen were wounded. "
    "Officials said some 4,500 U.S. troops remain; the toll rose to 1.2 million, up 76%, in a 34-day war. "
    "Dozens died; hundreds of thousands fled; several hundred were hurt. The $2 billion deal, €6m, £5m and ₹1,221 crore. "
    "Twenty-one people died on Jan. 3, 2020, at 11:45 p.m.; a 2019 law; the 3rd brigade; F-35 jets. "
    "One hundred and twenty-five were killed last week, the ministry said. The figure was later revised to 130.\n"
    "They counted 1,000,000,000,000,000,000 people. The id 12345678901234567890123 was logged. Some 1e999 people.\n")

# --- csv (CSVRecordReader and a one-file CSV corpus)
add("csv", "metadata", read("Corpus/metadata.csv"))
add("csv", "heldout_metadata", read("Tests/Fixtures/reference/figure_links_heldout/texts/quake/metadata.csv"))
add("csv", "documents", "\ufeffid,outlet,date,text\r\n"
    "a1,Reuters,2020-01-03,\"A strike killed him, \"\"officials\"\" said.\r\nA second line.\"\r\n"
    "\r\n"
    "a2,AP,2020-01-04,Plain text without quotes\n"
    "a3,,,\"\"\n"
    "a4,BBC,2020-01-05,\"Trailing, \"\"quoted\"\"\",extra\n")
add("csv", "malformed", "text,outlet\n\"unterminated,quote\nnext line\nx\"y,z\n\"a\"b,c\n\r\r\nlast,".encode() + b"\xff\n")
add("csv", "text_only", "text\nOne document.\nAnother, with a comma? No: \"quoted, then\".\n")

# --- jsonl (a one-file JSON Lines corpus)
def jl(*objs):
    return "\n".join(o if isinstance(o, str) else json.dumps(o, ensure_ascii=False) for o in objs) + "\n"
add("jsonl", "documents", jl({"id": "a1", "outlet": "Reuters", "date": "2020-01-03", "text": read(A001)[:600].decode()},
                             {"file": "b.txt", "outlet": "AP", "text": "Second.\r\nWith CRLF.", "tags": ["x", "y"], "n": 3, "ok": True, "none": None}))
add("jsonl", "escapes", "\ufeff" + jl({"text": "Escapes: \u00e9 \u2019 😀 \t tab \"q\" \\ slash"},
                                      '{"text": "raw \\u00e9 \\ud83d\\ude00 \\u0000 \\/"}',
                                      '   ',
                                      '{"text": "", "outlet": "empty"}'))
add("jsonl", "malformed", jl('{"text": "unterminated',
                             '[1, 2, 3]',
                             '{"text": 42}',
                             '{"outlet": "no text"}',
                             '{"text": "nested", "meta": {"a": {"b": [1.5e3, -2, {"c": null}]}}}',
                             '{"text": "dup", "text": "dup2"}') .encode() + b"\xff\xfe bad utf8\n")
add("jsonl", "corpus", jl(*({"file": f, "outlet": o, "text": read("Corpus/" + f)[:500].decode(errors="ignore")}
                           for f, o in [("000_6ba0587e5d08f3ae.txt", "EFE-EPA"), ("002_7507c6e2ecf09481.txt", "The Washington Post")])))

# --- front matter (TextFileDecoder, FrontMatter, MarkdownText)
add("frontmatter", "basic", "---\ntitle: \"In major escalation, American strike kills top Iranian commander\"\noutlet: The Washington Post\n"
    "date: 2020-01-03\ntags: [iran, iraq, \"u.s.\"]\nauthors:\n  - One Reporter\n  - Two Reporter\ncount: 3\nflag: yes\nempty:\n---\n"
    + excerpt(A002, 0, 800).decode())
add("frontmatter", "markdown", "---\noutlet: Defense One\ndate: 2020-01-02\n...\n# Iran’s Soleimani Killed\n\n"
    "The **stunning** killing, [reported here](https://example.com \"t\"), follows *attacks*.\n\n> A quote\n\n- a list\n- of items\n\n"
    "```\ncode block\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![image](pic.jpg) <b>html</b> &amp; `code`\n")
add("frontmatter", "malformed", "---\ntitle: [unclosed\noutlet: : :\n  bad indent\n--- \nBody after a malformed block.\n")
add("frontmatter", "yaml_features", "---\n? complex key\n: value\nanchor: &a {x: 1}\nalias: *a\nmulti: |\n  line one\n  line two\n"
    "folded: >\n  folded text\n!!str tagged: !!int 12\n\"quoted key\": 'single'\n---\r\nCRLF body\r\n")
add("frontmatter", "no_front_matter", excerpt(A003, 0, 700))
add("frontmatter", "utf16", "---\ntitle: UTF-16\n---\nBody\n".encode("utf-16"))

# --- lexicon (SentimentLexicon.load under every extension, StopwordList.load)
vader = read("Sources/Analysis/Resources/vader_lexicon.txt").split(b"\n")
add("lexicon", "vader", b"\n".join(vader[:12] + [l for l in vader if l.startswith((b"good\t", b"bad\t", b"killed\t", b"war\t"))]) + b"\n")
add("lexicon", "afinn", "abandon\t-2\ngood\t3\nbad\t-3\nno fun\t-3\ncan't stand\t-3\nnot good\t-2\nhappy\t3\n# comment\n\nkilled\t-3\n")
add("lexicon", "csv", "term,score\ngood,1.5\n\"bad\",-2\nwell done,2\nkill*, -1\n")
add("lexicon", "dic", "%\n1\tpositive\n2\tnegative\n3 conflict\n%\ngood\t1\nhapp*\t1\nbad\t2\nwar\t2\t3\nkill*\t2\t3\nU.S.-led\t3\n")
add("lexicon", "dicx", "\ufeffDicTerm,positive,negative,conflict\ngood,X,,\nhapp*,X,,\nbad,,X,\nwar,,X,X\n\"kill*\",,X,X\n")
add("lexicon", "yaml", "positive:\n  - good\n  - happ*\n  - \"yes\"\nnegative: [bad, \"no\", war]\nconflict:\n  military:\n    - troops\n    - strike*\n  "
    "diplomacy: [talks, 1.5]\nsingle: word\n")
stop = read("Sources/Text/Resources/stopwords_en.txt").split(b"\n")
add("lexicon", "stopwords", b"\n".join(stop[:40]) + b"\n")

# --- html (HTMLText: libxml2's parser and the walk over its tree)
add("html", "article", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Quake kills 1,200 | Example News</title>\n"
    "<meta property=\"og:title\" content=\"Nepal earthquake: toll passes 1,200\"><meta property=\"og:site_name\" content=\"Example News\">\n"
    "<meta property=\"article:published_time\" content=\"2026-12-02T08:00:00Z\"><meta name=\"author\" content=\"A. Reporter\">\n"
    "<link rel=\"canonical\" href=\"https://example.com/quake\"><style>p{color:red}</style><script>var x = '<p>no</p>';</script></head>\n"
    "<body><nav><a href=\"/\">Home</a></nav><article><h1>Nepal earthquake</h1>\n"
    + "".join("<p>" + line.decode() + "</p>\n" for line in excerpt("Tests/Fixtures/reference/figure_links_heldout/texts/quake/03_bbc-news.txt", 0, 1400).split(b"\n") if line.strip())
    + "<ul><li>One</li><li>Two<br>lines</li></ul><pre>  kept\n  as is</pre><table><tr><td>x</td><td>y</td></tr></table>\n"
    "<figure><img src=\"a.jpg\" alt=\"x\"><figcaption>Caption &amp; credit &mdash; AP</figcaption></figure></article>\n"
    "<aside>Read more</aside><form><input></form><footer>Copyright 2026</footer></body></html>\n")
add("html", "main_only", "<html><body><div>Menu</div><main><p>Story <i>one</i> &#8217;s &eacute;</p><noscript>x</noscript>"
    "<svg><text>no</text></svg><template><p>t</p></template></main><div>Footer</div></body></html>")
add("html", "broken", "<p>Unclosed <b>bold <i>italic</p><div><p>Nested<div></span></td>text &unknown; &#xD800; &#99999999; <![CDATA[x]]>"
    "<!-- comment --><?pi?><p attr=\"unterminated>Last")
add("html", "latin1", b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Caf\xe9 \x93ok\x94</p></body></html>")
add("html", "cp1252_undeclared", b"<html><body><p>Caf\xe9 \x97 \x93quoted\x94 \x80 5</p></body></html>")
add("html", "greek", b"<html><head><meta charset=\"iso-8859-7\"></head><body><p>\xe1\xe8\xde\xed\xe1</p></body></html>")

# --- csv: other separators and encodings (the reader sniffs the separator from the header)
add("csv", "semicolon", "file;outlet;date;text\n001.txt;Reuters;03/01/2020;\"Quoted; with separator\"\n002.txt;AP;2020-01-04;Plain\n")
add("csv", "tab", "file\toutlet\ttext\n001.txt\tBBC\t\"Tab\tinside\"\n002.txt\tCNN\tNo quotes\n")
add("csv", "utf16", "text,outlet\n\"A UTF-16 file, Excel's Unicode text\",Reuters\nCaf\u00e9,AP\n".encode("utf-16"))
add("csv", "cp1252_fields", b"text,outlet\nCaf\xe9 \x93quoted\x94,Le Monde\nplain,AP\n")

# --- front matter: files in other encodings (decoded before the split)
add("frontmatter", "utf16le_bom", b"\xff\xfe" + "---\ntitle: UTF-16 with a mark\ndate: 03/01/2020\n---\nBody text.\n".encode("utf-16-le"))
add("frontmatter", "cp1252", b"---\ntitle: Caf\xe9\noutlet: Le Monde\n---\n\x93Quoted\x94 body \x96 dash.\n")

if os.path.exists(out):
    shutil.rmtree(out)
for harness, files in seeds.items():
    os.makedirs(os.path.join(out, harness))
    for name, data in files.items():
        with open(os.path.join(out, harness, name), "wb") as f:
            f.write(data)
for harness, files in sorted(seeds.items()):
    print(harness, len(files), "files,", sum(map(len, files.values())), "bytes; largest", max(map(len, files.values())))
