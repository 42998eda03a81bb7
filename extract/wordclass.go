package extract

// lexClass is one word list of lexicon/words.tsv. The lists are checked at
// load both ways: a class the file names that is not defined here, and a
// class defined here that the file gives no words, are errors, not lists
// that silently match nothing.
type lexClass uint8

// lexSet is the set of word lists a word is on: one map lookup tells every
// list a token belongs to.
type lexSet [2]uint64

// has says whether c is in the set.
func (s lexSet) has(c lexClass) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// add puts c in the set.
func (s *lexSet) add(c lexClass) { s[c>>6] |= 1 << (c & 63) }

// The word lists, by their class names in lexicon/words.tsv (see its
// comments for what each holds).
const (
	lcSpeech lexClass = iota
	lcQuoteverb
	lcObjectverb
	lcAct
	lcOpeningact
	lcThingverb
	lcFinite
	lcSubjectpronoun
	lcPreverb
	lcMale
	lcFemale
	lcAdverbial
	lcBodynoun
	lcParticiple
	lcDescribe
	lcGroup
	lcStaff
	lcDocument
	lcOrghead
	lcFirmhead
	lcSurnamefirm
	lcVenue
	lcEvent
	lcNotname
	lcParticle
	lcSuffix
	lcSurnametitle
	lcConnector
	lcLocative
	lcFormer
	lcTitlemod
	lcAdverb
	lcParenthetical
	lcDeterminer
	lcAuxiliary
	lcClausestop
	lcLeads
	lcRegulator
	lcFirm
	lcPossessive
	lcEnvoyfor
	lcUnit
	lcServes
	lcOpener
	lcAppointed
	lcPortfolio
	lcUkportfolio
	lcStatetitle
	lcSubnational
	lcPlaceprep
	lcTenure
	lcUsportfolio
	lcPortfoliomod
	lcPortfolioed
	lcHeadword
	lcSetting
	lcLegalform
	lcPortfolionoun
	lcAssigned
	lcRetired
	lcCollective
	lcCollectivemod
	lcSidenoun
	lcStancenoun
	lcListed
	lcPastword
	lcExpectverb
	lcPlacekind
	lcTellverb
	lcPraiseverb
	lcPassiveaux
	lcFunctionword
	lcTimespan
	lcStancecopula
	lcRolenoun
	lcCompass
	lcIntentbefore
	lcSubordinator
	lcDocumentverb
	lcStatebody
	lcVerdict
	lcNotverdict
	lcIngnoun
	// lcReporting joins every class of word that may introduce what was
	// said (speech, describe, participle, act, openingact), so the claims
	// stage tests each token once. Derived at load, not in the file.
	lcReporting
)

// lexClasses names the word lists as lexicon/words.tsv does; read only.
var lexClasses = map[string]lexClass{
	"speech":         lcSpeech,
	"quoteverb":      lcQuoteverb,
	"objectverb":     lcObjectverb,
	"act":            lcAct,
	"openingact":     lcOpeningact,
	"thingverb":      lcThingverb,
	"finite":         lcFinite,
	"subjectpronoun": lcSubjectpronoun,
	"preverb":        lcPreverb,
	"male":           lcMale,
	"female":         lcFemale,
	"adverbial":      lcAdverbial,
	"bodynoun":       lcBodynoun,
	"participle":     lcParticiple,
	"describe":       lcDescribe,
	"group":          lcGroup,
	"staff":          lcStaff,
	"document":       lcDocument,
	"orghead":        lcOrghead,
	"firmhead":       lcFirmhead,
	"surnamefirm":    lcSurnamefirm,
	"venue":          lcVenue,
	"event":          lcEvent,
	"notname":        lcNotname,
	"particle":       lcParticle,
	"suffix":         lcSuffix,
	"surnametitle":   lcSurnametitle,
	"connector":      lcConnector,
	"locative":       lcLocative,
	"former":         lcFormer,
	"titlemod":       lcTitlemod,
	"adverb":         lcAdverb,
	"parenthetical":  lcParenthetical,
	"determiner":     lcDeterminer,
	"auxiliary":      lcAuxiliary,
	"clausestop":     lcClausestop,
	"leads":          lcLeads,
	"regulator":      lcRegulator,
	"firm":           lcFirm,
	"possessive":     lcPossessive,
	"envoyfor":       lcEnvoyfor,
	"unit":           lcUnit,
	"serves":         lcServes,
	"opener":         lcOpener,
	"appointed":      lcAppointed,
	"portfolio":      lcPortfolio,
	"ukportfolio":    lcUkportfolio,
	"statetitle":     lcStatetitle,
	"subnational":    lcSubnational,
	"placeprep":      lcPlaceprep,
	"tenure":         lcTenure,
	"usportfolio":    lcUsportfolio,
	"portfoliomod":   lcPortfoliomod,
	"portfolioed":    lcPortfolioed,
	"headword":       lcHeadword,
	"setting":        lcSetting,
	"legalform":      lcLegalform,
	"portfolionoun":  lcPortfolionoun,
	"assigned":       lcAssigned,
	"retired":        lcRetired,
	"collective":     lcCollective,
	"collectivemod":  lcCollectivemod,
	"sidenoun":       lcSidenoun,
	"stancenoun":     lcStancenoun,
	"listed":         lcListed,
	"pastword":       lcPastword,
	"expectverb":     lcExpectverb,
	"placekind":      lcPlacekind,
	"tellverb":       lcTellverb,
	"praiseverb":     lcPraiseverb,
	"passiveaux":     lcPassiveaux,
	"functionword":   lcFunctionword,
	"timespan":       lcTimespan,
	"stancecopula":   lcStancecopula,
	"rolenoun":       lcRolenoun,
	"compass":        lcCompass,
	"intentbefore":   lcIntentbefore,
	"subordinator":   lcSubordinator,
	"documentverb":   lcDocumentverb,
	"statebody":      lcStatebody,
	"verdict":        lcVerdict,
	"notverdict":     lcNotverdict,
	"ingnoun":        lcIngnoun,
}

// joinsReporting says whether the words of class c also count as
// lcReporting.
func joinsReporting(c lexClass) bool {
	switch c {
	case lcSpeech, lcDescribe, lcParticiple, lcAct, lcOpeningact:
		return true
	}
	return false
}
