# Mistake: Ranks the rows by their dot product with the query instead of the cosine, so long rows
#   win.
# Clue: long embedding | cosine-not-dot
def top_k_similar(query, embeddings, k):
    query, embeddings = _vector(query, "query"), _matrix(embeddings, "embeddings")
    if embeddings.shape[1] != query.shape[0]:
        raise ValueError("dimension mismatch")
    if (
        isinstance(k, bool)
        or not isinstance(k, (int, np.integer))
        or not 1 <= k <= len(embeddings)
    ):
        raise ValueError("bad k")
    _unit(query, "query")
    _unit_rows(embeddings, "embeddings")
    return np.argsort(-(embeddings @ query), kind="stable")[:k].astype(np.int64)
