"""Label placement in pixels, without Qt: flow labels first and clear of each other, names yield."""

import numpy as np

from viewer.model.mapping.label_placement import (LEADER_FROM, Box, FlowLabel, label_sides, place_flow_labels,
                                          place_names, solid, stroke)

AREA = Box(0, 0, 800, 500)


def square(left, top, size):
    return np.array([[left, top], [left + size, top], [left + size, top + size], [left, top + size]], float)


def segment_crosses(segment, box: Box) -> bool:
    (x0, y0), (x1, y1) = segment
    return any(box.left < x0 + (x1 - x0) * t < box.right and box.top < y0 + (y1 - y0) * t < box.bottom
               for t in np.linspace(0, 1, 201))


def test_a_label_sits_beyond_its_arrows_tip_when_free():
    arrow = np.array([[100.0, 200.0], [300.0, 200.0]])
    label = FlowLabel((300, 200), (80, 30), label_sides((1.0, 0.0)), [arrow])
    [spot] = place_flow_labels([label], AREA, [], [arrow])
    assert spot.leader is None
    assert spot.box.left > 300 and spot.box.top < 200 < spot.box.bottom


def test_labels_at_one_tip_never_overlap_and_the_displaced_ones_are_tied_to_it():
    labels = [FlowLabel((400, 250), (120, 40), label_sides((1.0, 1.0))) for _ in range(6)]
    spots = place_flow_labels(labels, AREA, [Box(380, 100, 60, 20)], [])
    boxes = [s.box for s in spots] + [Box(380, 100, 60, 20)]
    for i, a in enumerate(boxes):
        assert not any(a.overlaps(b) for b in boxes[i + 1:])
        assert AREA.left <= a.left and a.right <= AREA.right and AREA.top <= a.top and a.bottom <= AREA.bottom
    assert any(s.leader is not None for s in spots)
    for spot in spots:
        if spot.leader is not None:
            assert spot.leader[1] == (400, 250)
            assert not any(segment_crosses(spot.leader, b) for b in boxes if b != spot.box)


def test_a_label_keeps_off_other_arrows_when_it_can():
    crossing = np.array([[0.0, 240.0], [800.0, 240.0]])   # right through the spot beyond the tip
    label = FlowLabel((400, 230), (100, 30), label_sides((1.0, 0.0)))
    [spot] = place_flow_labels([label], AREA, [], stroke(crossing, 8))
    assert not (spot.box.top < 240 < spot.box.bottom)


def test_a_leader_ends_on_the_labels_own_arrow():
    arrow = np.array([[200.0, 300.0], [400.0, 300.0]])
    blocker = Box(150, 200, 500, 200)   # everything around the arrow is taken
    label = FlowLabel((400, 300), (80, 30), label_sides((1.0, 0.0)), [arrow])
    [spot] = place_flow_labels([label], AREA, [blocker], [arrow])
    assert not spot.box.overlaps(blocker)
    assert spot.leader is not None
    (_x, _y), (tx, ty) = spot.leader
    assert 200 <= tx <= 400 and abs(ty - 300) < 1e-6
    assert np.hypot(spot.leader[0][0] - tx, spot.leader[0][1] - ty) > LEADER_FROM


def test_with_no_room_left_a_label_overlaps_as_little_as_it_can():
    area = Box(0, 0, 200, 100)
    first, second = place_flow_labels([FlowLabel((100, 50), (190, 60), label_sides((1.0, 0.0)))] * 2, area, [], [])
    for spot in (first, second):
        assert 0 <= spot.box.left and spot.box.right <= 200 and 0 <= spot.box.top and spot.box.bottom <= 100
    shared = (min(first.box.right, second.box.right) - max(first.box.left, second.box.left)) * \
        (min(first.box.bottom, second.box.bottom) - max(first.box.top, second.box.top))
    assert shared < 0.35 * 190 * 60


def test_a_name_keeps_its_anchor_when_it_covers_nothing():
    [box] = place_names([(200, 200)], [(60, 14)], [[square(100, 100, 200)]], AREA, [], [], [])
    assert (box.left + box.width / 2, box.top + box.height / 2) == (200, 200)


def test_a_covered_name_moves_inside_its_country():
    country = square(100, 100, 200)
    flow = Box(150, 170, 120, 60)   # over the anchor
    [box] = place_names([(200, 200)], [(60, 14)], [[country]], AREA, [flow], [], [])
    assert box is not None and not box.overlaps(flow)
    assert 100 <= box.left and box.right <= 300 and 100 <= box.top and box.bottom <= 300


def test_a_name_with_no_room_in_its_country_hides():
    flow = Box(0, 0, 120, 120)
    assert place_names([(50, 50)], [(60, 14)], [[square(20, 20, 60)]], AREA, [flow], [], []) == [None]


def test_names_yield_to_larger_ones_leaders_and_arrows():
    big, small = square(100, 100, 300), square(150, 180, 80)
    names = place_names([(190, 220), (190, 220)], [(70, 14), (70, 14)], [[big], [small]], AREA, [], [], [])
    assert names[0] is not None and names[1] is not None and not names[0].overlaps(names[1])
    leader = ((0.0, 220.0), (500.0, 220.0))
    arrow = np.array([[190.0, 0.0], [190.0, 500.0]])
    [box] = place_names([(190, 220)], [(70, 14)], [[big]], AREA, [], [leader], stroke(arrow, 10))
    assert box is not None and not segment_crosses(leader, box) and not box.left < 190 < box.right


def test_a_name_cut_by_the_views_edge_moves_in_or_hides():
    country = square(-100, 100, 200)   # half out of the view
    [box] = place_names([(0, 200)], [(60, 14)], [[country]], AREA, [], [], [])
    assert box is not None and box.left >= 0 and box.right <= 100
    [gone] = place_names([(0, 200)], [(60, 14)], [[square(-100, 100, 130)]], AREA, [], [], [])
    assert gone is None


def test_a_label_keeps_off_an_arrows_head():
    head = np.array([[420.0, 215.0], [470.0, 190.0], [470.0, 240.0]])   # filled, just beyond the tip
    label = FlowLabel((400, 215), (60, 20), label_sides((1.0, 0.0)))
    [spot] = place_flow_labels([label], AREA, [], solid(head))
    b = spot.box
    inside = [head[0] * (1 - u - v) + head[1] * u + head[2] * v
              for u in np.linspace(0, 1, 21) for v in np.linspace(0, 1, 21) if u + v <= 1]
    assert not any(b.left < x < b.right and b.top < y < b.bottom for x, y in inside)


def _gap(box: Box, point) -> float:
    x, y = point
    return float(np.hypot(max(box.left - x, x - box.right, 0), max(box.top - y, y - box.bottom, 0)))


def test_a_label_kept_from_its_tip_is_not_left_by_its_arrows_tail_without_a_leader():
    """Kazakhstan's label sat by its arrow's tail (16 px from the arrow's line, so no leader) over western
    Russia: a reader takes it for a label of wherever the arrow starts."""
    arrow = np.array([[300.0, 100.0], [300.0, 300.0]])   # downwards, tip at (300, 300)
    blocker = Box(180, 240, 240, 140)                     # everything around the tip is taken
    label = FlowLabel((300, 300), (90, 40), label_sides((0.0, -1.0)), [arrow])
    [spot] = place_flow_labels([label], AREA, [blocker], [arrow])
    assert spot.leader is not None
    assert _gap(spot.box, (300, 100)) > LEADER_FROM   # not by the tail
    (_sx, _sy), (tx, ty) = spot.leader
    assert tx == 300 and 200 <= ty <= 300             # on the arrow's outer half


def test_a_label_never_sits_by_another_flows_tip():
    """"Kyrgyzstan + Uzbekistan" sat at the tip of Kazakhstan's arrow, so the thick arrow read as going there."""
    thick = np.array([[100.0, 100.0], [300.0, 240.0]])      # placed first, tip at (300, 240)
    thin = np.array([[330.0, 330.0], [310.0, 270.0]])       # its tip just below the other's
    first = FlowLabel((300, 240), (80, 30), label_sides((1.0, -1.0)), [thick])
    second = FlowLabel((310, 270), (120, 30), label_sides((-1.0, 1.0)), [thin])
    spots = place_flow_labels([first, second], AREA, [], [thick, thin])
    assert _gap(spots[1].box, (300, 240)) > LEADER_FROM
    assert _gap(spots[0].box, (310, 270)) > LEADER_FROM
    assert spots[1].leader is None and _gap(spots[1].box, (310, 270)) <= LEADER_FROM


def test_a_label_keeps_its_side_while_it_fits_and_moves_when_it_no_longer_does():
    arrow = np.array([[100.0, 200.0], [300.0, 200.0]])
    label = FlowLabel((300, 200), (80, 30), label_sides((1.0, 0.0)), [arrow])
    [first] = place_flow_labels([label], AREA, [], [arrow])
    assert first.side == 0   # beyond the tip
    # Kept on a side that is not its first choice while that side is free (a day later, a label grown)...
    grown = FlowLabel((300, 200), (90, 30), label_sides((1.0, 0.0)), [arrow])
    [kept] = place_flow_labels([grown], AREA, [], [arrow], kept=[1])
    assert kept.side == 1 and kept.leader is None
    assert kept.box.top > 200 and kept.box.width == 90   # below the tip, at its new size
    # ...and placed afresh once a label covers that side.
    blocker = Box(240, 205, 120, 60)
    [moved] = place_flow_labels([grown], AREA, [blocker], [arrow], kept=[1])
    assert moved.side not in (None, 1) and not moved.box.overlaps(blocker)


def test_kept_sides_never_make_labels_overlap():
    labels = [FlowLabel((400, 250), (120, 40), label_sides((1.0, 1.0))) for _ in range(4)]
    spots = place_flow_labels(labels, AREA, [], [], kept=[1, 1, 1, 1])   # all asked to stay on one side
    boxes = [s.box for s in spots]
    for i, a in enumerate(boxes):
        assert not any(a.overlaps(b) for b in boxes[i + 1:])


def test_free_boxes_are_those_no_taken_box_touches_and_no_leader_crosses():
    """The culled, broadcast _free against its definition: each box against each taken box and leader."""
    import numpy as np
    from viewer.model.mapping import box_arrays as B
    rng = np.random.default_rng(1)
    for trial in range(600):
        n = int(rng.integers(0, 40))
        xy, wh = rng.uniform(0, 100, (n, 2)), rng.uniform(1, 30, (n, 2))
        boxes = np.hstack([xy, xy + wh])
        if trial % 5 == 0:
            boxes = np.round(boxes)   # edges shared with leaders and other boxes
        taken = [B.Box(*map(float, r)) for r in rng.uniform(0, 100, (int(rng.integers(0, 5)), 4))]
        leaders = [tuple(map(tuple, rng.uniform(0, 100, (2, 2)))) for _ in range(int(rng.integers(0, 6)))]
        if trial % 7 == 0:
            leaders = [((10.0, 10.0), (10.0, 90.0)), ((5.0, 50.0), (95.0, 50.0))]   # straight ones
        expected = np.array([not any(B.Box(*box[:2], *(box[2:] - box[:2])).overlaps(t, B.MARGIN) for t in taken)
                             and not (leaders and B._crossings(np.array([a for a, _ in leaders]),
                                                               np.array([b for _, b in leaders]),
                                                               box[None, :]).any())
                             for box in boxes], dtype=bool)
        assert (B._free(boxes, taken, leaders) == expected).all(), trial
