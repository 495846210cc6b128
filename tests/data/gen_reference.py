#!/usr/bin/env python3
"""Writes the high-precision reference values that tests/core/tst_precision.cpp (and tst_softmax.cpp,
for reference/softmax.txt) check the core against. Needs mpmath (Debian: python3-mpmath). Deterministic: run it again and the files are the
same. Arithmetic is exact where it matters (2400 bits). Inputs are written as hex floats, so C++ reads exactly the doubles used here; the exact
value is that of the DOUBLE inputs, a two-outcome distribution (x, 1 - x) having its complement
taken exactly, and a list of weights being divided by its exact sum.

    python3 tests/data/gen_reference.py   # rewrites tests/data/reference/*.txt
"""
import os
import random

from mpmath import mp, mpf, log, exp, diff, inf

# Enough bits that 1 - x and sums of doubles are exact even for x = 1e-300 (2^-1074 .. 1).
mp.prec = 2400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reference")
UNITS = {"bits": log(2), "nats": mpf(1), "bans": log(10)}


def ref(value):
    if value == inf:
        return "inf"
    return mp.nstr(value, 30, min_fixed=1, max_fixed=0)


def xlogy(x, y):  # x log y with 0 log 0 = 0
    return mpf(0) if x == 0 else x * log(y)


def entropy(p):
    return -sum(xlogy(x, x) for x in p)


def cross_entropy(p, q):
    if any(pi > 0 and qi == 0 for pi, qi in zip(p, q)):
        return inf
    return -sum(xlogy(pi, qi) for pi, qi in zip(p, q))


def kl(p, q):
    if any(pi > 0 and qi == 0 for pi, qi in zip(p, q)):
        return inf
    return sum(mpf(0) if pi == 0 else pi * log(pi / qi) for pi, qi in zip(p, q))


def binary(x):
    x = mpf(x)
    return [x, 1 - x]


def bce(y, yhat):
    y, yhat = mpf(y), mpf(yhat)
    if (y == 1 and yhat == 0) or (y == 0 and yhat == 1):
        return inf
    return -xlogy(y, yhat) - xlogy(1 - y, 1 - yhat)


POINTS = [1e-300, 1e-17, 1e-10, 1e-4, 0.1, 0.3, 0.5 - 1e-9, 0.5, 0.5 + 1e-9, 0.6, 0.9,
          1 - 1e-10, 1 - 1e-17 + 1e-16, 0.123456789012, 0.123456789012 * (1 + 1e-12)]


def write_binary():
    rows = []
    for unit, scale in UNITS.items():
        for x in POINTS + [0.0, 1.0]:
            rows.append(("selfInformation", unit, x, 0.0, ref(inf if x == 0 else -log(mpf(x)) / scale)))
            rows.append(("complementInformation", unit, x, 0.0,
                         ref(inf if x == 1 else -log(1 - mpf(x)) / scale)))
            rows.append(("binaryEntropy", unit, x, 0.0, ref(entropy(binary(x)) / scale)))
        for p in POINTS:
            for q in POINTS:
                d = kl(binary(p), binary(q))
                rows.append(("binaryKlDivergence", unit, p, q, ref(d if d == inf else d / scale)))
                h = cross_entropy(binary(p), binary(q))
                rows.append(("binaryCrossEntropy", unit, p, q, ref(h if h == inf else h / scale)))
        for y in (0.0, 1.0):
            for yhat in POINTS + [0.0, 1.0]:
                j = bce(y, yhat)
                rows.append(("binaryCrossEntropyLoss", unit, y, yhat, ref(j if j == inf else j / scale)))
    for y in (0.0, 1.0):
        for yhat in POINTS + [0.0, 1.0]:
            e = mpf(y) - mpf(yhat)
            rows.append(("squaredError", "nats", y, yhat, ref(e * e)))
            rows.append(("squaredErrorGradientLogit", "nats", y, yhat,
                         ref(2 * (mpf(yhat) - mpf(y)) * mpf(yhat) * (1 - mpf(yhat)))))
    # dJ/dz in each unit: the derivative of the loss as printed, (yhat - y) / ln(base).
    for unit, scale in UNITS.items():
        for y in (0.0, 1.0):
            for yhat in POINTS + [0.0, 1.0]:
                rows.append(("binaryCrossEntropyGradientLogit", unit, y, yhat, ref((mpf(yhat) - mpf(y)) / scale)))
    with open(os.path.join(OUT, "binary.txt"), "w") as f:
        f.write("# function unit a b exact   (a, b as hex doubles; exact to 30 digits or inf)\n")
        for name, unit, a, b, value in rows:
            f.write(f"{name} {unit} {float(a).hex()} {float(b).hex()} {value}\n")


def write_loss_gradients():
    """dJ/dz by numerical differentiation of J(y, sigmoid(z)) in each unit at z = logit(yhat): an
    independent check that the printed gradient is the derivative of the printed loss (not the
    closed form (yhat - y) / ln(base) that the core uses)."""
    rows = []
    for unit, scale in UNITS.items():
        for y in (0.0, 1.0):
            for yhat in (x for x in POINTS if 0 < x < 1):  # a finite logit
                z0 = log(mpf(yhat) / (1 - mpf(yhat)))
                j = bce(y, yhat)
                dj = diff(lambda z: bce_of_logit(y, z) / scale, z0)
                rows.append((unit, y, yhat, ref(j / scale), ref(dj)))
    with open(os.path.join(OUT, "loss_gradients.txt"), "w") as f:
        f.write("# unit y yhat J dJ/dz   (y, yhat as hex doubles; J and dJ/dz in the unit, 30 digits)\n")
        for unit, y, yhat, j, dj in rows:
            f.write(f"{unit} {float(y).hex()} {float(yhat).hex()} {j} {dj}\n")


def bce_of_logit(y, z):
    s = 1 / (1 + exp(-z))
    return -xlogy(mpf(y), s) - xlogy(1 - mpf(y), 1 - s)


def normalised(weights):
    total = sum(mpf(w) for w in weights)
    return [mpf(w) / total for w in weights]


def random_distribution(rng, n, zeros=0.0, tiny=0.0):
    w = [rng.expovariate(1.0) for _ in range(n)]
    for i in range(n):
        if rng.random() < zeros:
            w[i] = 0.0
        elif rng.random() < tiny:
            w[i] = rng.choice([1e-300, 1e-17, 1e-30])
    if sum(w) == 0:
        w[0] = 1.0
    s = sum(w)
    return [x / s for x in w]


def nudged(rng, p, relative):
    q = [x * (1 + relative * rng.uniform(-1, 1)) for x in p]
    s = sum(q)
    return [x / s for x in q]


def write_distributions():
    rng = random.Random(20261124)
    cases = []
    for n in (2, 3, 10, 100, 1000):
        for _ in range(3):
            cases.append((f"random n={n}", random_distribution(rng, n), random_distribution(rng, n)))
    for n in (3, 100, 1000):
        p = random_distribution(rng, n)
        cases.append((f"12th digit n={n}", p, nudged(rng, p, 1e-12)))
        cases.append((f"8th digit n={n}", p, nudged(rng, p, 1e-8)))
    for n in (5, 50):
        p = random_distribution(rng, n, zeros=0.3)
        q = random_distribution(rng, n)
        cases.append((f"zeros in p n={n}", p, q))
        cases.append((f"zeros in q n={n}", q, p))
        cases.append((f"tiny entries n={n}", random_distribution(rng, n, tiny=0.3), random_distribution(rng, n, tiny=0.3)))
    cases.append(("one-hot", [0.0, 1.0, 0.0, 0.0], [0.1, 0.7, 0.1, 0.1]))
    cases.append(("near uniform", [0.25 + 1e-13, 0.25 - 1e-13, 0.25, 0.25], [0.25] * 4))
    cases.append(("equal", [0.2, 0.3, 0.5], [0.2, 0.3, 0.5]))
    with open(os.path.join(OUT, "distributions.txt"), "w") as f:
        f.write("# case NAME / p hex... / q hex... / then per unit: unit H(p) H(q) H(p,q) D(p||q) D(q||p)\n")
        for name, p, q in cases:
            P, Q = normalised(p), normalised(q)
            f.write(f"case {name}\n")
            f.write("p " + " ".join(float(x).hex() for x in p) + "\n")
            f.write("q " + " ".join(float(x).hex() for x in q) + "\n")
            for unit, scale in UNITS.items():
                values = [entropy(P), entropy(Q), cross_entropy(P, Q), kl(P, Q), kl(Q, P)]
                f.write(unit + " " + " ".join(ref(v if v == inf else v / scale) for v in values) + "\n")


def information(P):
    return [inf if x == 0 else -log(x) for x in P]


def exact(side):
    kind, values = side
    return binary(values[0]) if kind == "b" else normalised(values)


def near_one_list(rng, n):
    """n weights summing to 1 within 1e-14 (kept as they are by Distribution::fromEntries), with
    one dominant entry and tiny others, so the normalisation correction is larger than the answer."""
    tiny = [rng.choice([1e-300, 1e-200, 1e-30, 1e-17]) * rng.uniform(0.5, 2) for _ in range(n - 1)]
    big = 1 - rng.uniform(0, 1) * 9e-15  # at most 1: fromEntries refuses an entry above 1
    w = [big] + tiny
    rng.shuffle(w)
    return w


def write_edges():
    """Distributions as compute builds them: ("b", [x]) is Distribution::binary(x), ("l", list) is
    fromEntries(list). Lists sum to 1 within 1e-14, the slack within which fromEntries keeps them as
    they are, so the exact value is that of the list divided by its exact sum."""
    rng = random.Random(20261203)
    cases = [
        ("issue: entropy of a near-one list", ("l", [0.9999999999999987, 1e-300]), ("l", [0.5, 0.5])),
        ("issue: lists equal after normalising", ("l", [0.0, 1.0]), ("l", [0.0, 0.9999999999999905])),
        ("issue: binary p, list q", ("b", [0.499999996823519]), ("l", [0.49999999682352153, 0.5000000031764784])),
        ("list p, binary q", ("l", [0.3, 0.7]), ("b", [0.3])),
        ("binary tiny p, list q", ("b", [1e-300]), ("l", [2e-300, 1.0])),
        ("binary p, list q close", ("b", [1e-10]), ("l", [1e-10 * (1 + 1e-9), 1 - 1e-10])),
        ("near one-hot both", ("l", [1 - 4e-15, 1e-20, 1e-200]), ("l", [1 - 2e-15, 3e-20, 1e-190])),
    ]
    for k in range(24):
        n = rng.choice([2, 3, 5, 20])
        cases.append((f"near-one lists {k} n={n}", ("l", near_one_list(rng, n)), ("l", near_one_list(rng, n))))
    with open(os.path.join(OUT, "edges.txt"), "w") as f:
        f.write("# case NAME / p b|l hex... / q b|l hex... / per unit: unit H(p) H(q) H(p,q) D(p||q) D(q||p) "
                "then -log p_i...\n")
        for name, p, q in cases:
            P, Q = exact(p), exact(q)
            f.write(f"case {name}\n")
            for side, (kind, values) in (("p", p), ("q", q)):
                f.write(f"{side} {kind} " + " ".join(float(x).hex() for x in values) + "\n")
            for unit, scale in UNITS.items():
                values = [entropy(P), entropy(Q), cross_entropy(P, Q), kl(P, Q), kl(Q, P)] + information(P)
                f.write(unit + " " + " ".join(ref(v if v == inf else v / scale) for v in values) + "\n")


def softmax_reference(z, T, target, eps):
    """s, log s, t, H(t, s), H(t), D(t||s) and (s - t)/T, exact for the double inputs. `target` is a
    class index or a list of weights (read divided by their exact sum), smoothed by eps."""
    K = len(z)
    u = [mpf(x) / mpf(T) for x in z]
    top = max(u)
    lse = top + log(sum(exp(x - top) for x in u))
    logs = [x - lse for x in u]
    s = [exp(x) for x in logs]
    base = [mpf(1) if i == target else mpf(0) for i in range(K)] if isinstance(target, int) else normalised(target)
    t = [(1 - mpf(eps)) * b + mpf(eps) / K for b in base]
    ce = -sum(ti * li for ti, li in zip(t, logs) if ti != 0)
    ht = entropy(t)
    d = sum(ti * (log(ti) - li) for ti, li in zip(t, logs) if ti != 0)
    grad = [(si - ti) / mpf(T) for si, ti in zip(s, t)]
    return s, logs, t, ce, ht, d, grad


def write_softmax():
    """Cases for core/softmax: the textbook example, confident right and wrong answers far beyond
    where a probability rounds to 1 or 0, logits of +-1e4, equal logits, label smoothing, any target
    distribution, temperatures, and random classifiers of up to 200 classes."""
    rng = random.Random(20261203)
    cases = [
        ("textbook", [2.0, 1.0, 0.1], 1.0, 0, 0.0),
        ("textbook smoothed", [2.0, 1.0, 0.1], 1.0, 0, 0.1),
        ("textbook sharp T=0.5", [2.0, 1.0, 0.1], 0.5, 1, 0.0),
        ("textbook flat T=2", [2.0, 1.0, 0.1], 2.0, 2, 0.0),
        ("textbook target distribution", [2.0, 1.0, 0.1], 1.0, [0.7, 0.2, 0.1], 0.0),
        ("confident right 20", [20.0, 0.0, 0.0], 1.0, 0, 0.0),
        ("confident right 40", [40.0, 0.0, 0.0], 1.0, 0, 0.0),
        ("confident right 100", [100.0, 0.0, 0.0], 1.0, 0, 0.0),
        ("confident right 700", [700.0, 0.0, 0.0], 1.0, 0, 0.0),
        ("confident right, four classes", [30.0, -5.0, 2.0, 7.0], 1.0, 0, 0.0),
        ("confident right, smoothed", [30.0, -5.0, 2.0, 7.0], 1.0, 0, 0.05),
        ("confident right at T=0.1", [3.0, 0.5, 0.0], 0.1, 0, 0.0),
        ("confident wrong", [0.0, 50.0], 1.0, 0, 0.0),
        ("issue: 1000, 0, -1000, class 2", [1000.0, 0.0, -1000.0], 1.0, 2, 0.0),
        ("logits +-1e4, class 0", [1e4, -1e4, 0.0], 1.0, 0, 0.0),
        ("logits +-1e4, class 1", [1e4, -1e4, 0.0], 1.0, 1, 0.0),
        ("logits +-1e4, class 2 smoothed", [1e4, -1e4, 0.0], 1.0, 2, 0.2),
        ("equal logits", [3.5] * 5, 1.0, 3, 0.3),
        ("a probability below the normal range", [0.0, -740.0, -1.0], 1.0, 0, 0.0),
        ("two classes", [0.3, -1.2], 1.0, 1, 0.0),
        ("two classes, target near the softmax", [0.0, 1.0], 1.0, [0.2689414213699951, 0.7310585786300049], 0.0),
        ("one class", [4.2], 1.0, 0, 0.0),
    ]
    for k in range(40):
        n = rng.choice([2, 3, 5, 10, 50, 200])
        spread = rng.choice([0.1, 1.0, 5.0, 30.0])
        z = [rng.gauss(0, spread) for _ in range(n)]
        T = rng.choice([0.1, 0.5, 1.0, 2.0, 10.0, rng.uniform(0.1, 10)])
        eps = rng.choice([0.0, 0.0, 0.1, rng.uniform(0, 0.99)])
        target = rng.randrange(n) if rng.random() < 0.6 else random_distribution(rng, n, zeros=0.2)
        cases.append((f"random {k} n={n}", z, T, target, eps))
    def ref(value):  # 20 digits keep the file small and are far beyond the 1e-13 checked
        return mp.nstr(value, 20, min_fixed=1, max_fixed=0)

    with open(os.path.join(OUT, "softmax.txt"), "w") as f:
        f.write("# case NAME / z hex... / T hex / target label K eps-hex | target dist eps-hex hex... / s... / t... /\n"
                "# then per unit: unit H(t,s) H(t) D(t||s) / log unit log s_i... / grad unit (s_i - t_i)/T...\n")
        for name, z, T, target, eps in cases:
            s, logs, t, ce, ht, d, grad = softmax_reference(z, T, target, eps)
            f.write(f"case {name}\n")
            f.write("z " + " ".join(float(x).hex() for x in z) + "\n")
            f.write(f"T {float(T).hex()}\n")
            if isinstance(target, int):
                f.write(f"target label {target} {float(eps).hex()}\n")
            else:
                f.write(f"target dist {float(eps).hex()} " + " ".join(float(x).hex() for x in target) + "\n")
            f.write("s " + " ".join(ref(x) for x in s) + "\n")
            f.write("t " + " ".join(ref(x) for x in t) + "\n")
            for unit, scale in UNITS.items():
                f.write(f"{unit} {ref(ce / scale)} {ref(ht / scale)} {ref(d / scale)}\n")
                f.write(f"log {unit} " + " ".join(ref(x / scale) for x in logs) + "\n")
                f.write(f"grad {unit} " + " ".join(ref(x / scale) for x in grad) + "\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    write_binary()
    write_distributions()
    write_edges()
    write_loss_gradients()
    write_softmax()
