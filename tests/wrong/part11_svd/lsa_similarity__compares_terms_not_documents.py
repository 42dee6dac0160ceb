# Mistake: Compares the rows of U S, the terms, instead of the documents.
# Clue: documents are the columns
def lsa_similarity(term_doc, k):
    A = _matrix(term_doc, "term_doc")
    k = _integer(k, "k", 1, min(A.shape), f"term_doc has shape {A.shape}")
    U, s, _ = np.linalg.svd(A, full_matrices=False)
    terms = U[:, :k] * s[:k]
    norms = np.linalg.norm(terms, axis=1, keepdims=True)
    unit = np.divide(terms, norms, out=np.zeros_like(terms), where=norms > 1e-12 * s[0])
    return np.clip(unit @ unit.T, -1.0, 1.0)
