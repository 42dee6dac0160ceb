# Mistake: Converts any mask with astype(bool) and never checks its dtype or shape, so an integer
#   mask or a broadcast row is accepted.
# Clue: the mask a boolean (n_q, n_k) array
def scaled_dot_product_attention(Q, K, V, mask=None):
    Q, K, V = (np.asarray(a, dtype=float) for a in (Q, K, V))
    for a in (Q, K, V):
        if a.ndim != 2 or a.size == 0:
            raise ValueError("bad shapes")
    if Q.shape[1] != K.shape[1] or K.shape[0] != V.shape[0]:
        raise ValueError("bad shapes")
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
    exp = np.exp(scores - scores.max(axis=1, keepdims=True))
    weights = exp / exp.sum(axis=1, keepdims=True)
    return weights @ V, weights
