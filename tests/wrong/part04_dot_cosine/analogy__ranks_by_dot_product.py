# Mistake: Scores the rows by their dot product with the target instead of the cosine.
# Clue: cosine
_solved_analogy = analogy


def analogy(embeddings, a, b, c):
    _solved_analogy(embeddings, a, b, c)  # the same checks
    E = np.asarray(embeddings, dtype=float)
    scores = E @ (E[b] - E[a] + E[c])
    scores[[a, b, c]] = -np.inf
    return int(np.argmax(scores))
