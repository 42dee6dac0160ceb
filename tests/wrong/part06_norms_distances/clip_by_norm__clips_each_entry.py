# Mistake: Clips each entry to [-max_norm, max_norm], which changes the direction, instead of
#   scaling the whole gradient.
# Clue: clip each entry
def clip_by_norm(g, max_norm):
    g = np.array(g, dtype=float)
    if g.size == 0 or not max_norm > 0:
        raise ValueError("bad input")
    return np.clip(g, -max_norm, max_norm)
