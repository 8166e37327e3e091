from docanalysis.evaluate.gold import Gold
from docanalysis.evaluate.links import score_links

GOLD = Gold(
    statements=[{"id": gid, "doc": doc, "kind": "goal", "quote": gid} for gid, doc in [("A1", "a"), ("A2", "a"), ("B1", "b"), ("B2", "b")]],
    links=[{"from": "A1", "to": "B1", "relation": "recurs"}, {"from": "A2", "to": "B2", "relation": "changed"}],
    lineage=[{"id": "A1", "status": "recurs"}, {"id": "A2", "status": "disappeared"}],
)
MATCHES = {"A1": "a#1", "A2": "a#2", "B1": "b#1", "B2": "b#2"}


def _analysis(links, lineage):
    statements = [{"id": sid, "document_id": sid[0]} for sid in ("a#1", "a#2", "a#3", "b#1", "b#2", "b#3")]
    return {"statements": statements, "links": links, "lineage": lineage}


def test_link_counts_only_when_both_ends_match_and_relation_is_reported_apart():
    links = [
        {"source": "a#1", "target": "b#1", "relation": "changed"},
        {"source": "a#2", "target": "b#1", "relation": "changed"},
        {"source": "a#3", "target": "b#3", "relation": "changed"},
    ]
    lineage = [{"statement_id": "a#1", "status": "recurs"}, {"statement_id": "a#2", "status": "recurs"}]
    report = score_links(GOLD, _analysis(links, lineage), MATCHES)
    assert report["links"]["true_positives"] == 1
    assert report["links"]["precision"] == 1 / 3 and report["links"]["precision_matched_ends"] == 1 / 2
    assert report["links"]["recall"] == 1 / 2
    assert report["links"]["relation_agreement"] == 0.0
    assert report["links"]["missed"] == ["A2->B2"]
    assert report["lineage"]["accuracy"] == 0.5
    assert report["lineage"]["disappeared_as_recurs"] == 1.0
    assert report["lineage"]["disappeared_recall"] == 0.0 and report["lineage"]["disappeared_precision"] is None


def test_disappeared_precision_and_recall():
    lineage = [{"statement_id": "a#1", "status": "disappeared"}, {"statement_id": "a#2", "status": "disappeared"}]
    report = score_links(GOLD, _analysis([], lineage), MATCHES)["lineage"]
    assert report["disappeared_precision"] == 0.5 and report["disappeared_recall"] == 1.0


def test_unmatched_gold_statements_count_as_not_found():
    report = score_links(GOLD, _analysis([], []), {})
    assert report["links"]["recall"] == 0.0 and report["links"]["f1"] is None
    assert report["lineage"]["found"] == 0 and report["lineage"]["confusion"] == {"disappeared->not found": 1, "recurs->not found": 1}
