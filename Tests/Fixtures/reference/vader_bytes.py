from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
a = SentimentIntensityAnalyzer()
texts = [
 "The plan is good\u00a0but the cost is terrible.",
 "Très bon travail, a truly GREAT result.",
 "ÉNORME success and GOOD news for everyone.",
 "It isn\u2019t good, and it isn't bad either.",
 "That was the bomb, a kiss of death for rivals.",
 "The film is kind of good and sort of sad.",
 "At least it is good; least good of all.",
 "No good deed goes unpunished, no, never.",
 "It was never so good, without doubt the best.",
 "GOOD!!! Really good?? Yes??? Great!!!!!",
 "The mood \U0001F600 was happy \u2764 and \U0001F622 sad.",
 "\u3000Happy\u3000new\u3000year\u3000",
 "  --  good  --  ",
 "\u201cbitter\u201d and \u2018sweet\u2019 words",
 "The deal was not bad at all, nor was it great.",
 "Cafe\u0301 owners were happy; café owners were happy too.",
 "He said it's \"absolutely wonderful\" but the critics hated it.",
 "Yeah right, that will totally work.",
 "She has a broken heart and a beating heart.",
 "The ΚΑΛΟ news: ΚΑΛΟ is not a word VADER knows, but GOOD is.",
 "dont worry, it doesnt hurt, wont fail",
 "!!!",
 "Uh-uh, that is no good at all.",
 "The dessert is to die for, says the chef.",
 "Her only post: \U0001F494 and then silence.",
]
for t in texts:
    s = a.polarity_scores(t)
    print("\t".join([t, str(s["neg"]), str(s["neu"]), str(s["pos"]), str(s["compound"])]))
