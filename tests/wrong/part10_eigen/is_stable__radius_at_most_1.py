def is_stable(A):
    return _largest_modulus(_square(A)) <= 1.0
