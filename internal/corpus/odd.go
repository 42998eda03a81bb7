package corpus

import (
	"fmt"
	"strings"
)

// Odd is a named input that news extraction does not expect.
type Odd struct {
	Name string
	Text string
}

// OddInputs are the seed corpus of the readers' and the extractor's fuzz
// tests and of the tests that bound their time: very long lines, only
// quotation marks, deeply nested and unclosed quotes, thousands of
// capitalised names, right-to-left and emoji text, each a whole article.
func OddInputs() []Odd {
	var names []string
	for i := 0; i < 3000; i++ {
		names = append(names, fmt.Sprintf("%s %s", givenPool[i%len(givenPool)], surnamePool[(i/len(givenPool)+i)%len(surnamePool)]))
	}
	nest := func(depth int, open, close []string) string {
		var b strings.Builder
		for i := 0; i < depth; i++ {
			b.WriteString(open[i%len(open)] + "He said ")
		}
		b.WriteString("no")
		for i := depth - 1; i >= 0; i-- {
			b.WriteString(close[i%len(close)] + ", Berg said")
		}
		return b.String()
	}
	head := "Talks in Vienna\n\nVienna, December 06, 2025\n\n"
	out := []Odd{
		{"a 10,000-character line of words", head + strings.Repeat("the envoy met ", 715)},
		{"a 10,000-character line of capitalised words", head + strings.Repeat("Minister Envoy ", 667)},
		{"a 10,000-character word", head + strings.Repeat("x", 10000)},
		{"a 10,000-character line of one name", head + strings.Repeat("Anna Berg ", 1000)},
		{"only straight quotation marks", strings.Repeat(`"`, 10000)},
		{"only curly quotation marks", strings.Repeat("“”‘’", 2500)},
		{"only opening quotation marks", head + strings.Repeat("“", 5000)},
		{"only guillemets and low quotes", strings.Repeat("«»„“‹›", 1500)},
		{"quotation marks and spaces", head + strings.Repeat(`" ' “ ” `, 1500)},
		{"quotes nested 300 deep", head + nest(300, []string{"“", "‘"}, []string{"”", "’"}) + "."},
		{"straight quotes nested 300 deep", head + nest(300, []string{`"`, "'"}, []string{`"`, "'"}) + "."},
		{"2,000 unclosed quotes", head + strings.Repeat("“Berg said ", 2000)},
		{"3,000 capitalised names in one sentence", head + strings.Join(names, ", ") + " met in Vienna on Monday."},
		{"3,000 names, one a line, each saying something", head + strings.Join(names, " said “yes.”\n") + " said no."},
		{"1,000 names meeting", head + strings.Join(names[:1000], " met ") + "."},
		{"1,000 titled names", head + strings.Repeat("French President Emmanuel Macron, Ukrainian Foreign Minister Andrii Sybiha and U.S. Secretary of State Marco Rubio met. ", 1000)},
		{"right-to-left text", "محادثات في فيينا\n\nفيينا، 6 ديسمبر 2025\n\n" + strings.Repeat("قال الوزير أحمد ناصر إن المحادثات «بناءة» مع وزير الخارجية. ", 200)},
		{"Hebrew with Latin names", "שיחות בווינה\n\n" + strings.Repeat("השר Anna Berg אמר \"כן\" ונפגש עם Boris Carr בווינה. ", 300)},
		{"bidi controls around names", head + strings.Repeat("\u202eAnna Berg\u202c met \u2067Boris Carr\u2069 and said \u200f“ok”\u200e. ", 500)},
		{"emoji and names", head + strings.Repeat("👩‍👩‍👧 Anna Berg 🇺🇸 met 🇫🇷 Boris Carr 🤝🏽 in Vienna 🏛️ and said “👍”. ", 400)},
		{"only emoji", strings.Repeat("😀🇺🇦👨‍👩‍👧‍👦🏳️‍🌈", 1500)},
		{"combining marks", head + strings.Repeat("A\u0301\u0302\u0303nna B\u0308erg met Bo\u0327\u0328ris. ", 500)},
		{"5,000 abbreviations", head + strings.Repeat("U.S. ", 5000)},
		{"5,000 full stops", head + strings.Repeat(". ", 5000)},
		{"2,000 dates", head + strings.Repeat("On Monday (December 8) and December 5-6, last Tuesday, ", 2000)},
		{"10,000 empty lines", head + strings.Repeat("\n", 10000) + "Berg said yes."},
		{"10,000 commas", head + "Anna Berg" + strings.Repeat(",", 10000) + " said yes."},
	}
	return out
}

var givenPool = []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hassan", "Irina", "Jonas", "Kadri", "Lars", "Mona", "Nils", "Olena", "Pavel", "Rosa", "Sami", "Tomas", "Ulla"}

var surnamePool = []string{"Berg", "Carr", "Dovzhenko", "Eriksen", "Fischer", "Garcia", "Havrylenko", "Ivanov", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Umarov", "Varga", "Weber", "Xu", "Yilmaz", "Zelenskyy"}
