#!/usr/bin/env python3
# Writes this fixture: invented reports (no corpus text) with key sentences and verdicts, and
# talkmine-style predictions with UTF-16 offsets. The expected outputs were then made once with
# the reference scorer (../shared/tools/score_summary.py beside the repository), from this folder:
#   python3 make_fixture.py .
#   python3 SCORE_SUMMARY_PY --dir gold --pred-dir pred        > score-summary-py.txt
#   python3 SCORE_SUMMARY_PY --dir gold --pred-dir pred --json > score-summary-py.json
import json, os, sys
R = sys.argv[1]
gold_dir = os.path.join(R, "gold"); pred_dir = os.path.join(R, "pred")
os.makedirs(gold_dir, exist_ok=True); os.makedirs(pred_dir, exist_ok=True)

def u16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2

def span(text, first, upto=None):
    a = text.index(first)
    b = text.index(upto, a + 1) if upto else len(text)
    return u16(text, a), u16(text, b)

def dump(obj, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2); f.write("\n")

def talk(first_words, key, verdict=None, evidence=None, title=None):
    t = {"title": title, "speakers": [], "organizations": [], "kind": "talk", "first_words": first_words,
         "key_sentences": key}
    if verdict:
        t["verdict"] = verdict
    if evidence:
        t["verdict_evidence"] = evidence
    return t

def gold(talks):
    return {"talks": talks, "non_talk_sections": [], "entities": {"people": [], "organizations": [], "technologies": []}}

# ---------------- 01: an emoji before the talks (UTF-16 offsets), verdicts as objects and strings
t1 = ("Gadget Days 2032 \U0001F389 notes\n\n"
      "Mira Koss opened with \"Caches All the Way Down\". She showed how a tiered cache cut p99 latency in half. "
      "Great talk, really well paced!\n\n"
      "Next, Oleg Brandt talked about build systems. It was fine, I guess. "
      "He compared Bazel and Buck for monorepos.\n\n"
      "After lunch, Ana Ruiz explained \"Zero-Downtime Migrations\". The demo failed twice and the slides were "
      "hard to read.\n\n"
      "Finally, a panel on hiring. Much of it went over my head, but the Q&A was fun.\n")
with open(os.path.join(gold_dir, "01-gadget-days.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write(t1)
dump(gold([
    talk("Mira Koss opened with \"Caches All the Way Down\".",
         ["She showed how a tiered cache cut p99 latency in half."], "positive", "Great talk, really well paced!"),
    talk("Next, Oleg Brandt talked about build systems.",
         ["Next, Oleg Brandt talked about build systems.", "He compared Bazel and Buck for monorepos."],
         "neutral", "It was fine, I guess."),
    talk("After lunch, Ana Ruiz explained \"Zero-Downtime Migrations\".",
         ["After lunch, Ana Ruiz explained \"Zero-Downtime Migrations\"."], "negative",
         "The demo failed twice and the slides were hard to read."),
    talk("Finally, a panel on hiring.", ["Finally, a panel on hiring."], "mixed",
         "Much of it went over my head, but the Q&A was fun."),
]), os.path.join(gold_dir, "01-gadget-days.gold.json"))
s1, e1 = span(t1, "Mira", "Next,")
s2, e2 = span(t1, "Next,", "After lunch")
s3, e3 = span(t1, "After lunch", "Finally")
s4, e4 = span(t1, "Finally")
dump({"schema": "talkmine/1", "text": t1, "talks": [
    {"index": 1, "start": s1, "end": e1, "summary": "She showed how a tiered cache cut p99 latency in half.",
     "verdict": {"label": "positive", "confidence": 0.9, "evidence": None}},
    {"index": 2, "start": s2, "end": e2, "summary": "He compared Bazel and Buck for monorepos.",
     "verdict": "positive"},
    {"index": 3, "start": s3, "end": e3, "summary": "The demo failed twice.",
     "verdict": {"label": "negative", "confidence": 0.7}},
    {"index": 4, "start": s4, "end": e4, "summary": "",
     "verdict": {"label": None}},
], "entities": []}, os.path.join(pred_dir, "01-gadget-days.json"))

# ---------------- 02: no "text" in the prediction (the .txt is read), a gold talk no prediction matches,
# a talk without key sentences and a missing verdict
t2 = ("Meetup recap\n\n"
      "- Lars Eng: Rust on microcontrollers. Lars flashed a board live. I loved it.\n"
      "- Pia Holm: Accessible forms. Pia showed labels, errors and focus order.\n"
      "- Closing remarks by the organisers.\n")
with open(os.path.join(gold_dir, "02-meetup.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write(t2)
dump(gold([
    talk("- Lars Eng: Rust on microcontrollers. Lars flashed", ["Lars Eng: Rust on microcontrollers."],
         "positive", "I loved it."),
    talk("- Pia Holm: Accessible forms. Pia showed labels,", ["Pia showed labels, errors and focus order."]),
    {"title": None, "speakers": [], "organizations": [], "kind": "other",
     "first_words": "- Closing remarks by the organisers."},
]), os.path.join(gold_dir, "02-meetup.gold.json"))
a, b = span(t2, "- Lars", "- Pia")
c, d = span(t2, "- Pia", "- Closing")
dump({"schema": "talkmine/1", "talks": [
    {"index": 1, "start": a, "end": b, "summary": "Lars Eng: Rust on microcontrollers. Lars flashed a board live.",
     "verdict": {"label": "positive", "confidence": 0.8, "evidence": {"start": a, "end": b, "text": "I loved it."}}},
    {"index": 2, "start": c, "end": d, "summary": "Pia showed labels, errors and focus order."},
], "entities": []}, os.path.join(pred_dir, "02-meetup.json"))

# ---------------- 03: no talk has key sentences: the scorer skips the report
t3 = "Old notes\n\nA talk by Kim Bo about Perl.\n"
with open(os.path.join(gold_dir, "03-old.txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write(t3)
dump({"talks": [{"title": None, "speakers": ["Kim Bo"], "organizations": [], "kind": "talk",
                 "first_words": "A talk by Kim Bo about Perl."}], "non_talk_sections": [],
      "entities": {"people": ["Kim Bo"], "organizations": [], "technologies": ["Perl"]}},
     os.path.join(gold_dir, "03-old.gold.json"))
