"""scripts/check_gold.py, by example: what an annotator's gold file must hold beyond its format."""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("check_gold", REPO / "scripts" / "check_gold.py")
check_gold = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_gold)

ARTICLE = ("KANO, Nigeria — Gunmen killed five villagers in Kano state on Monday, police said. The attackers "
           "fled on motorcycles.\n")


def gold_file(tmp_path: Path, evidence: str, acled: str = "Attack") -> Path:
    """A one-article gold file with four events, all citing `evidence`."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    events = [{"id": f"e{i}", "cameo": ["18"], "source": ["NGAUAF"], "date": [dt.date(2025, 6, 2)],
               "acled": acled, "evidence": evidence} for i in range(4)]
    article = {"file": "a.txt", "published": dt.date(2025, 6, 3), "events": events,
               "forbidden": [{"fatalities_at_least": 100}, {"date_before": "2025-01-01"}]}
    path = tmp_path / "g.yaml"
    path.write_text(yaml.safe_dump({"name": "t", "scope": ["18"], "articles": [article]}))
    return path


def test_the_seeds_gold_has_no_problems():
    notes, problems = check_gold.gold_problems(REPO / "tests" / "fixtures" / "seeds_gold.yaml")
    assert problems == [], problems


def test_evidence_within_one_sentence_passes(tmp_path):
    notes, problems = check_gold.gold_problems(gold_file(tmp_path, evidence="killed five villagers"))
    assert problems == [], problems


def test_evidence_across_a_sentence_end_and_an_unknown_acled_type_are_problems(tmp_path):
    notes, problems = check_gold.gold_problems(
        gold_file(tmp_path, evidence="police said. The attackers", acled="Massacre"))
    assert any("not inside one sentence" in p for p in problems), problems
    assert any("unknown ACLED sub-event type 'Massacre'" in p for p in problems), problems
