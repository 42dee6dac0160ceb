# Mistake: Never checks for zero vectors, so it returns nan instead of raising ValueError.
# Clue: non-zero
def angle_between(u, v):
    u, v = _pair(u, v)
    with np.errstate(invalid="ignore", divide="ignore"):
        cosine = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return float(np.arccos(np.clip(cosine, -1.0, 1.0)))
