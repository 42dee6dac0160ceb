# Mistake: Accepts a spectral radius equal to 1, although the criterion is strict.
# Clue: exactly 1
def is_stable(A):
    return _largest_modulus(_square(A)) <= 1.0
