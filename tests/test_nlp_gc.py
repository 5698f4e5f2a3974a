"""Loading the pipeline moves its long-lived objects out of the cyclic collector's scans."""

from __future__ import annotations

import gc

import pipeline


def test_nlp_load_freezes_long_lived_objects():
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    nlp = pipeline.load(model="blank")
    assert gc.get_freeze_count() > 0
    assert nlp("Acme Corp opened 3 plants in Hefei.").ents
