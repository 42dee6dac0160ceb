# Mistake: Divides every document by its norm, so an empty document becomes NaN.
# Clue: length zero
def lsa_similarity(term_doc, k):
    A = _matrix(term_doc, "term_doc")
    k = _integer(k, "k", 1, min(A.shape), f"term_doc has shape {A.shape}")
    _, s, Vt = np.linalg.svd(A, full_matrices=False)
    docs = Vt[:k, :].T * s[:k]
    unit = docs / np.linalg.norm(docs, axis=1, keepdims=True)
    return np.clip(unit @ unit.T, -1.0, 1.0)
