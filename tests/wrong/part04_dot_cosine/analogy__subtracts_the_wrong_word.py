# Mistake: Builds the target as e[a] - e[b] + e[c] instead of e[b] - e[a] + e[c].
# Clue: which vector arithmetic
_solved_analogy = analogy


def analogy(embeddings, a, b, c):
    _solved_analogy(embeddings, a, b, c)  # the same checks
    E = np.asarray(embeddings, dtype=float)
    scores = _unit_rows(E, "E") @ _unit(E[a] - E[b] + E[c], "target")
    scores[[a, b, c]] = -np.inf
    return int(np.argmax(scores))
