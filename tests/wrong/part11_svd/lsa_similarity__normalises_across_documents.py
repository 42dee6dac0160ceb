# Mistake: Scales each latent dimension (column) to length 1 instead of each document (row).
# Clue: each document (row)
def lsa_similarity(term_doc, k):
    A = _matrix(term_doc, "term_doc")
    k = _integer(k, "k", 1, min(A.shape), f"term_doc has shape {A.shape}")
    _, s, Vt = np.linalg.svd(A, full_matrices=False)
    docs = Vt[:k, :].T * s[:k]
    norms = np.linalg.norm(docs, axis=0, keepdims=True)  # one norm per latent dimension
    unit = np.divide(docs, norms, out=np.zeros_like(docs), where=norms > 1e-12 * s[0])
    return np.clip(unit @ unit.T, -1.0, 1.0)
