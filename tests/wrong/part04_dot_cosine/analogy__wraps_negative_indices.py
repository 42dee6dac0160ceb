# Mistake: Reduces the indices modulo m, so out-of-range indices wrap around instead of raising
#   ValueError.
# Clue: [0, m)
def analogy(embeddings, a, b, c):
    E = _matrix(embeddings, "embeddings")
    m = len(E)
    a, b, c = (i % m for i in (a, b, c))
    if len({a, b, c}) == m:
        raise ValueError("no candidate")
    target = E[b] - E[a] + E[c]
    if not np.any(target):
        raise ValueError("zero target")
    scores = _unit_rows(E, "E") @ _unit(target, "target")
    scores[[a, b, c]] = -np.inf
    return int(np.argmax(scores))
