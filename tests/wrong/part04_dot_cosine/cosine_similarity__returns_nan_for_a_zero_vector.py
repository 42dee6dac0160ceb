# Mistake: Divides by the plain norms without checking for a zero vector (nan instead of
#   ValueError), and their squares overflow for entries near 1e200.
# Clue: overflow | 1e200 | zero vector
def cosine_similarity(u, v):
    u, v = _pair(u, v)
    with np.errstate(invalid="ignore", divide="ignore"):
        similarity = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return float(np.clip(similarity, -1.0, 1.0))
