# Mistake: Compares the raw columns of term_doc instead of their rank-k latent representations.
# Clue: Which SVD factor
def lsa_similarity(term_doc, k):
    A = _matrix(term_doc, "term_doc")
    k = _integer(k, "k", 1, min(A.shape), f"term_doc has shape {A.shape}")
    norms = np.linalg.norm(A, axis=0)
    unit = np.divide(A, norms, out=np.zeros_like(A), where=norms > 0)
    return np.clip(unit.T @ unit, -1.0, 1.0)
