# Mistake: Compares the rows of V_k without weighting them by the singular values.
# Clue: how should the singular values weight it
def lsa_similarity(term_doc, k):
    A = _matrix(term_doc, "term_doc")
    k = _integer(k, "k", 1, min(A.shape), f"term_doc has shape {A.shape}")
    _, _, Vt = np.linalg.svd(A, full_matrices=False)
    docs = Vt[:k, :].T
    norms = np.linalg.norm(docs, axis=1, keepdims=True)
    unit = np.divide(docs, norms, out=np.zeros_like(docs), where=norms > 1e-12)
    return np.clip(unit @ unit.T, -1.0, 1.0)
