package extract

// lexClass is a set of the word lists of lexicon/words.tsv a word is on:
// one map lookup tells every list a token belongs to, and a class name
// the file does not define fails at load rather than matching nothing.
type lexClass uint64

// The word lists, by their class names in lexicon/words.tsv (see its
// comments for what each holds).
const (
	lcSpeech lexClass = 1 << iota
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
}

// lcReportingFrom are the classes lcReporting joins.
const lcReportingFrom = lcSpeech | lcDescribe | lcParticiple | lcAct | lcOpeningact
