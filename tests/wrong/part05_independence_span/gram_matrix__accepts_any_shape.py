# Mistake: Never checks that V is 2-D, so a 1-D vector gives a number instead of raising
#   ValueError.
# Clue: 2-D array
def gram_matrix(V):
    V = np.asarray(V, dtype=float)
    return V @ V.T
