# Mistake: Compares the largest real part with 1 instead of the largest modulus.
# Clue: absolute value
def is_stable(A):
    return bool(np.max(np.linalg.eigvals(_square(A)).real) < 1.0)
