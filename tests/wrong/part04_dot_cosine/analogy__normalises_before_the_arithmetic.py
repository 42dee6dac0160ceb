# Mistake: Normalises the embeddings before computing e[b] - e[a] + e[c] instead of using the rows
#   as given.
# Clue: as given
_solved_analogy = analogy


def analogy(embeddings, a, b, c):
    _solved_analogy(embeddings, a, b, c)  # the same checks
    U = _unit_rows(np.asarray(embeddings, dtype=float), "E")
    scores = U @ _unit(U[b] - U[a] + U[c], "target")
    scores[[a, b, c]] = -np.inf
    return int(np.argmax(scores))
