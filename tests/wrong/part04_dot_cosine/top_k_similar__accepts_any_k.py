# Mistake: Never checks k, so k = 0 or k larger than the number of rows is accepted.
# Clue: 1 <= k
def top_k_similar(query, embeddings, k):
    query, embeddings = _vector(query, "query"), _matrix(embeddings, "embeddings")
    if embeddings.shape[1] != query.shape[0]:
        raise ValueError("dimension mismatch")
    similarities = _unit_rows(embeddings, "embeddings") @ _unit(query, "query")
    return np.argsort(-similarities, kind="stable")[: int(k)].astype(np.int64)
