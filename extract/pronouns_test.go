package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/fact"
)

// TestPronouns checks whom each "he" and "she" of a text stands for, in
// order; "-" for none. The people are made up.
func TestPronouns(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one person before", "Minister Jonas Berg spoke. He said little.", []string{"Jonas Berg"}},
		{"subject of the sentence before", "Minister Jonas Berg met Mayor Viktor Halas. He said little.", []string{"Jonas Berg"}},
		{"no subject among two is unclear", "The talks between Jonas Berg and Viktor Halas went on. He said little.", []string{"-"}},
		{"gender from an honorific", "Mr. Jonas Berg met Ms. Nadia Rahimi. She said little.", []string{"Nadia Rahimi"}},
		{"gender from her after a lone name", "Nadia Rahimi presented her plan to Jonas Berg. He said little.", []string{"Jonas Berg"}},
		{"gender from a title", "Spokeswoman Ana Ferreira met Mayor Viktor Halas. He said little.", []string{"Viktor Halas"}},
		{"earlier pronouns teach gender", "Nadia Rahimi spoke. She left. Rahimi met Jonas Berg. He said little.", []string{"Nadia Rahimi", "Jonas Berg"}},
		{"earlier pronouns do not rule out the only one", "Kim Lee spoke. She left. Kim Lee said he was tired.", []string{"Kim Lee", "Kim Lee"}},
		{"a title nobody was found for", "Paul Kessler will take the text to Viktor Arbatov. If the Russian president rejects it, talks end. If he engages, they go on.", []string{"-"}},
		{"own sentence: subject, not an object of a preposition", "Pavel Orlov, who held talks with Ravi Kapoor, said he was ready.", []string{"Pavel Orlov"}},
		{"own sentence: subject of the clause a speech verb opens", "Maxim Orlov said Paul Kessler was welcome in Moscow, where he met the president.", []string{"Paul Kessler"}},
		{"own sentence: the subject over an object", "Anna Weiss flew to Riga to meet Ivan Petrenko, and then to Oslo, where she held talks.", []string{"Anna Weiss"}},
		{"a possessor is no subject", "Nordax's chief financial officer, Aisha Moran, spoke. She said little.", []string{"Aisha Moran"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extractor(t).analyse(article.Article{Text: tt.text})
			var got []string
			for _, m := range d.mentions {
				if m.how == byPronoun {
					got = append(got, name(fact.Facts{Entities: d.entities}, m.entity))
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("pronouns stand for %q, want %q", got, tt.want)
			}
		})
	}
}
