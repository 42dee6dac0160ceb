# Mistake: Never excludes rows a, b and c, so one of the question words is returned.
# Clue: exclude
_solved_analogy = analogy


def analogy(embeddings, a, b, c):
    _solved_analogy(embeddings, a, b, c)  # the same checks
    E = np.asarray(embeddings, dtype=float)
    target = E[b] - E[a] + E[c]
    return int(np.argmax(_unit_rows(E, "E") @ _unit(target, "target")))
