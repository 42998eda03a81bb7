package extract

import "testing"

// TestServesTitleKeepsOrg checks that a title serving another ("Senior
// Adviser to the President") keeps the organisation named before it: the
// org was found and then dropped by a shadowed variable (staticcheck SA4006).
func TestServesTitleKeepsOrg(t *testing.T) {
	for _, c := range []struct{ text, person, title, org string }{
		{"Russian Senior Adviser to the President Yuri Ushakov said the talks were useful.", "Yuri Ushakov", "Senior Adviser", "Russia"},
		{"U.S. Senior Adviser to the President Nathan Oduya said the talks were useful.", "Nathan Oduya", "Senior Adviser", "United States"},
		{"Senior Adviser to the Russian President Yuri Ushakov said the talks were useful.", "Yuri Ushakov", "Senior Adviser", "Russia"},
	} {
		f := run(t, c.text)
		found := false
		for _, r := range f.Roles {
			if f.Entities[r.Person].Name != c.person || r.Title != c.title {
				continue
			}
			found = true
			if r.Org < 0 || f.Entities[r.Org].Name != c.org {
				t.Errorf("%q: %s, %s has no org %q", c.text, c.person, c.title, c.org)
			}
		}
		if !found {
			t.Errorf("%q: no role %s for %s in %+v", c.text, c.title, c.person, f.Roles)
		}
	}
}
