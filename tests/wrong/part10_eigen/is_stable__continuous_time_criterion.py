# Mistake: Uses the continuous-time criterion (all real parts negative) instead of the
#   discrete-time one.
# Clue: A^t
def is_stable(A):
    return bool(np.all(np.linalg.eigvals(_square(A)).real < 0))
