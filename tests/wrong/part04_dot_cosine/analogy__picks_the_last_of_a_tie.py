# Mistake: Takes the last index of a stable ascending sort, so a tie goes to the higher index.
# Clue: tie
_solved_analogy = analogy


def analogy(embeddings, a, b, c):
    _solved_analogy(embeddings, a, b, c)  # the same checks
    E = np.asarray(embeddings, dtype=float)
    scores = _unit_rows(E, "E") @ _unit(E[b] - E[a] + E[c], "target")
    scores[[a, b, c]] = -np.inf
    return int(np.argsort(scores, kind="stable")[-1])
