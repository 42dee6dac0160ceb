# Mistake: Sorts the negated cosines with the default unstable argsort, so ties are not broken by
#   the lower index.
# Clue: ties | lower index
_solved_top_k_similar = top_k_similar


def top_k_similar(query, embeddings, k):
    _solved_top_k_similar(query, embeddings, k)  # the same checks
    similarities = _unit_rows(_matrix(embeddings, "e"), "e") @ _unit(_vector(query, "q"), "q")
    return np.argsort(-similarities)[:k].astype(np.int64)
