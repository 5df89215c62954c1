package extract

import "strings"

// Word classes, as bit flags so that one map lookup answers every question
// the heuristics ask about a word. A word may be in several classes.
const (
	fPast       uint32 = 1 << iota // finite past form: said, held
	fPart                          // past participle: taken, held
	fPres                          // finite present form: says, hold
	fBase                          // bare infinitive: hold
	fIng                           // -ing participle
	fAux                           // be, have, do forms and modals
	fModal                         // will, would, can ...
	fHave                          // have, has, had
	fBe                            // be forms
	fNeg                           // not, never, didn't
	fReport                        // reporting verbs whose complement is the news
	fTell                          // reporting verbs with an object first: told X that
	fEvent                         // event nouns: call, talks, summit
	fNounAmb                       // verb forms that are more often nouns: plans, calls
	fPrep                          // prepositions
	fDet                           // determiners and possessive pronouns
	fPron                          // subject pronouns
	fConj                          // and, but, or
	fSub                           // words that open a clause: that, which, because
	fAdv                           // adverbs that sit inside verb groups
	fTitle                         // titles before a name: Mr, President, Senator
	fTitleMod                      // words inside multi-word titles: Prime, Vice, Foreign
	fRole                          // lower-case role nouns before a name: leader, spokesman
	fMonth                         // month names
	fWeekday                       // weekday names
	fFunc                          // closed-class words, never names at sentence start
	fTimeAdv                       // words glued to a time expression: earlier on Monday
	fNoVerb                        // -ed/-ing/-ly words that are not verbs or adverbs
	fOrgCue                        // words that end an organisation name: Bank, Party
	fPlaceCue                      // words that end a place name: Island, Province
	fPlaceStart                    // words that begin a place name: Mount, Lake, East
)

// lex maps a lower-case word to its classes.
var lex = map[string]uint32{}

func addWords(f uint32, list string) {
	for _, w := range strings.Fields(list) {
		lex[w] |= f
	}
}

// Irregular verbs: base, past, participle.
const irregularVerbs = `
arise,arose,arisen awake,awoke,awoken be,was,been bear,bore,borne beat,beat,beaten become,became,become
begin,began,begun bend,bent,bent bet,bet,bet bid,bid,bid bind,bound,bound bite,bit,bitten bleed,bled,bled
blow,blew,blown break,broke,broken breed,bred,bred bring,brought,brought broadcast,broadcast,broadcast
build,built,built burn,burnt,burnt burst,burst,burst buy,bought,bought cast,cast,cast catch,caught,caught
choose,chose,chosen cling,clung,clung come,came,come cost,cost,cost creep,crept,crept cut,cut,cut
deal,dealt,dealt dig,dug,dug do,did,done draw,drew,drawn drink,drank,drunk drive,drove,driven eat,ate,eaten
fall,fell,fallen feed,fed,fed feel,felt,felt fight,fought,fought find,found,found flee,fled,fled fly,flew,flown
forbid,forbade,forbidden forecast,forecast,forecast foresee,foresaw,foreseen forget,forgot,forgotten
forgive,forgave,forgiven freeze,froze,frozen get,got,got give,gave,given go,went,gone grind,ground,ground
grow,grew,grown hang,hung,hung have,had,had hear,heard,heard hide,hid,hidden hit,hit,hit hold,held,held
hurt,hurt,hurt keep,kept,kept kneel,knelt,knelt know,knew,known lay,laid,laid lead,led,led leap,leapt,leapt
leave,left,left lend,lent,lent let,let,let lie,lay,lain light,lit,lit lose,lost,lost make,made,made
mean,meant,meant meet,met,met mislead,misled,misled mistake,mistook,mistaken overcome,overcame,overcome
overrun,overran,overrun oversee,oversaw,overseen overtake,overtook,overtaken overthrow,overthrew,overthrown
pay,paid,paid prove,proved,proven put,put,put quit,quit,quit read,read,read rebuild,rebuilt,rebuilt
rid,rid,rid ride,rode,ridden ring,rang,rung rise,rose,risen run,ran,run say,said,said see,saw,seen
seek,sought,sought sell,sold,sold send,sent,sent set,set,set shake,shook,shaken shed,shed,shed
shine,shone,shone shoot,shot,shot show,showed,shown shrink,shrank,shrunk shut,shut,shut sing,sang,sung
sink,sank,sunk sit,sat,sat sleep,slept,slept slide,slid,slid speak,spoke,spoken speed,sped,sped
spend,spent,spent spin,spun,spun split,split,split spread,spread,spread spring,sprang,sprung stand,stood,stood
steal,stole,stolen stick,stuck,stuck sting,stung,stung strike,struck,struck strive,strove,striven
swear,swore,sworn sweep,swept,swept swim,swam,swum swing,swung,swung take,took,taken teach,taught,taught
tear,tore,torn tell,told,told think,thought,thought throw,threw,thrown undergo,underwent,undergone
understand,understood,understood undertake,undertook,undertaken uphold,upheld,upheld upset,upset,upset
wake,woke,woken wear,wore,worn weep,wept,wept win,won,won wind,wound,wound withdraw,withdrew,withdrawn
withhold,withheld,withheld withstand,withstood,withstood write,wrote,written`

// Regular verbs common in news. A trailing "+" doubles the final consonant
// (skip → skipped); the -ed forms of unknown words are found by morphology,
// so this list matters mostly for present and base forms.
const regularVerbs = `
accept accuse achieve acknowledge acquire add address adjourn admit+ adopt advance affect agree aim allege
allow announce appeal appear appoint approve argue arrest arrive ask assassinate assure attack attempt
attend authorise authorize award back ban+ bar+ believe block bomb boost boycott brief call cancel capture
celebrate charge claim close collapse comment commit+ complain complete concede conclude condemn confirm
consider continue convict cooperate criticise criticize crash declare decide decline defeat defend delay
deliver demand deny deploy describe destroy detain die disclose discuss dismiss dispute drop+ elect
emerge emphasise emphasize end endorse enter escape establish estimate evacuate expand expect explain
explode express extend face fail file fine finish fire follow force form gather govern grant greet
halt hand happen head help hire host hope impose improve include increase indicate inform injure insist
intend introduce invade invest invite issue join jump kill kidnap land launch lift like list live
look lower manage march mark merge miss mention move murder name need negotiate nominate note
object observe occupy occur+ offer open oppose order organise organize outline own participate pass
plan+ play pledge post postpone praise predict prepare present press prevent promise propose protest
provide publish pull push raise rally reach react receive recall recognise recognize record recover
reduce refer+ refuse regret+ reject release rely remain remark remind remove repeat replace reply
report represent request require rescue resign resist respond restore resume retire return reveal
review rule sanction save schedule score seize sentence serve settle share shell sign skip+ slam+ slip+
smash sound spark start state stay step+ stop+ stress strengthen submit+ succeed suffer suggest
support surge surrender suspend talk target tell test threaten topple total travel trigger try
turn tweet unveil urge use veto visit vote vow walk want warn welcome work worry yield`

func init() {
	for _, triple := range strings.Fields(irregularVerbs) {
		p := strings.Split(triple, ",")
		addVerb(p[0], p[1], p[2])
	}
	for _, w := range strings.Fields(regularVerbs) {
		base, double := strings.TrimSuffix(w, "+"), strings.HasSuffix(w, "+")
		stem := base
		if double {
			stem += base[len(base)-1:]
		}
		var past string
		switch {
		case strings.HasSuffix(base, "e"):
			past = base + "d"
		case strings.HasSuffix(base, "y") && !isVowel(base[len(base)-2]):
			past = base[:len(base)-1] + "ied"
		default:
			past = stem + "ed"
		}
		addVerb(base, past, past)
		if double {
			lex[stem+"ing"] |= fIng
		}
	}
	// be, have, do and modals.
	addWords(fAux|fBe, "am is are was were be been being 're 'm")
	addWords(fAux|fHave, "have has had having 've 'd")
	addWords(fAux, "do does did")
	addWords(fAux|fModal, "will would shall should can could may might must 'll ought cannot")
	addWords(fAux|fNeg, `don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't wasn't
		weren't hasn't haven't hadn't mustn't mightn't don’t doesn’t didn’t won’t wouldn’t can’t couldn’t
		shouldn’t isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t`)
	addWords(fNeg, "not never n't")
	addWords(fReport, `say says said saying tell tells told telling announce announces announced confirm
		confirms confirmed add adds added report reports reported claim claims claimed state states stated
		write writes wrote note notes noted explain explains explained insist insists insisted warn warns
		warned argue argues argued declare declares declared acknowledge acknowledges acknowledged admit
		admits admitted deny denies denied reveal reveals revealed disclose discloses disclosed assert
		asserts asserted indicate indicates indicated suggest suggests suggested believe believes believed
		estimate estimates estimated predict predicts predicted recall recalls recalled allege alleges
		alleged stress stresses stressed emphasise emphasised emphasize emphasized reply replies replied
		inform informs informed assure assures assured remind reminds reminded concede conceded tweeted
		posted testified maintain maintained`)
	addWords(fTell, "tell tells told inform informs informed assure assures assured remind reminds reminded warn warned warns")
	addWords(fEvent, `call calls talks talk meeting meetings election elections summit summits attack attacks
		visit visits ceasefire truce war invasion conference vote votes referendum deal agreement treaty
		accord negotiations negotiation protest protests strike strikes bombing shooting explosion blast
		crash earthquake quake flood floods storm hurricane typhoon fire trial hearing verdict ruling arrest
		arrests raid coup speech interview statement announcement launch release merger acquisition takeover
		sale ban sanctions resignation inauguration ceremony funeral wedding match game final race tournament
		championship concert festival trip tour mission operation offensive assault incident accident
		collapse outbreak crisis recession rally debate session post tweet decision approval bid campaign
		clash clashes fighting battle killing killings murder death deaths birth victory defeat win loss
		deadline auction hike cut cuts fall rise drop plunge surge meltdown downturn rebound summit visit
		conversation phone talks discussion discussions vote ballot poll polls primary caucus
		signing opening closing launch landing uprising revolt revolution massacre genocide siege
		occupation withdrawal evacuation rescue release kidnapping hijacking ambush airstrike airstrikes
		strike offensive shelling bombardment attack invasion annexation independence crackdown
		demonstration demonstrations march walkout lockout shutdown blackout outage leak hack breach
		scandal probe investigation inquiry indictment conviction sentencing execution appeal lawsuit
		settlement bankruptcy ipo listing debut flotation merger layoffs`)
	addWords(fNounAmb, `call calls talk talks plan plans attack attacks visit visits vote votes deal deals
		report reports claim claims help cut cuts strike strikes face faces need needs rise rises fall
		falls return returns record records increase increases drop drops protest protests change changes
		charge charges control controls demand demands fear fears hope hopes lead leads offer offers order
		orders promise promises question questions rule rules share shares show shows support supports
		test tests use uses view views work works push pushes move moves bid bids aim aims post posts
		end ends start starts result results state states house houses mark marks name names point points
		press sentence sentences deal trade trades deals target targets like back list lists schedule
		stay stays step steps total rally rallies surge surges march marches sound sounds review reviews
		release releases appeal appeals fire fires land lands murder murders bomb bombs crash crashes
		welcome host hosts file files sanction sanctions object objects post tweet tweets play plays`)
	addWords(fPrep, `about above across after against along amid amidst among amongst around as at before
		behind below beneath beside besides between beyond by despite down during except for from in inside
		into like near of off on onto out outside over past per since than through throughout till to toward
		towards under underneath unlike until up upon via with within without including following regarding
		concerning according ahead`)
	addWords(fDet, `the a an this that these those his her its their our my your some any no every each all
		both either neither another other such what whose several many few much more most'`)
	addWords(fPron, "he she it they we i you")
	addWords(fConj, "and but or nor yet")
	addWords(fSub, `that which who whom whose where when while whereas whether because although though since
		unless until if once despite whilst so`)
	addWords(fAdv, `also already still just now then recently previously reportedly allegedly repeatedly finally
		eventually initially officially formally publicly quickly immediately again once first even only
		ever yet apparently subsequently jointly successfully narrowly widely effectively largely partly
		briefly personally directly twice later earlier soon long sharply slightly nearly almost
		reluctantly quietly secretly abruptly suddenly unexpectedly unanimously overwhelmingly least
		here elsewhere overall separately similarly instead otherwise meanwhile nonetheless
		nevertheless furthermore moreover besides anyway`)
	addWords(fTitle, `mr mrs ms dr prof president senator sen rep representative gov governor gen general
		king queen pope prince princess minister chancellor secretary premier ambassador mayor judge justice
		chairman chairwoman chair commissioner lt col colonel capt captain sgt sergeant adm admiral lieutenant
		major commander marshal sheikh emir sultan ayatollah rev reverend bishop archbishop cardinal father
		sir dame lord lady speaker director spokesman spokeswoman spokesperson coach superintendent detective
		inspector officer professor envoy counsel attorney mp ceo chancellor secretary-general chief
		director-general president-elect`)
	addWords(fTitleMod, `prime vice deputy foreign defence defense interior finance home health trade
		acting former first chief executive attorney general state supreme crown grand labour labor
		economy justice energy education treasury transport environment agriculture culture press
		national security opposition party senior assistant associate managing staff`)
	addWords(fRole, `leader president minister secretary chancellor premier spokesman spokeswoman spokesperson
		official analyst envoy ambassador governor mayor senator chairman chief executive director founder
		coach manager striker midfielder captain player actor actress singer star author writer economist
		strategist adviser advisor aide commander general candidate challenger rival lawyer attorney
		prosecutor judge head boss chef ceo cfo counterpart negotiator diplomat correspondent reporter
		editor campaigner activist professor researcher scientist officer king queen prince princess
		pope cleric spokesperson engineer entrepreneur investor financier banker businessman businesswoman
		designer architect inventor artist photographer filmmaker director producer novelist poet historian
		physician doctor surgeon nurse teacher student pilot driver soldier veteran journalist columnist
		blogger lawmaker legislator politician president-elect consultant executive trader fund-manager`)
	addWords(fMonth|fFunc, `january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep sept oct nov dec`)
	addWords(fWeekday|fFunc, "monday tuesday wednesday thursday friday saturday sunday")
	addWords(fTimeAdv, "earlier later early late mid as of")
	addWords(fFunc, `there here yes however meanwhile today yesterday tomorrow tonight instead moreover
		furthermore nevertheless nonetheless indeed perhaps maybe thus hence also asked speaking according
		following last next this under after before in on at one two three four five six seven eight
		nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million
		millions billion several dozens some`)
	addWords(fNoVerb, `hundred kindred sacred naked wicked rugged ragged beloved bed red shed sled need seed
		speed feed deed greed breed indeed thing things king kings ring rings spring string strings wing
		wings sibling siblings during morning mornings evening evenings nothing something anything
		everything ceiling building buildings beijing darling sterling pudding clothing housing funding
		spending earnings savings ceiling lightning ping wedding reading feeling meaning painting bring
		only family italy july rally ally supply reply apply holy early daily weekly monthly yearly likely
		quarterly fly july belly bully jelly hilly lily reply comply multiply assembly anomaly rely
		monopoly italy sicily july`)
	addWords(fOrgCue, `cooperation forum summit games olympics conference
		inc corp corporation co ltd llc plc group bank ministry party council university
		agency commission committee department association federation fund organisation organization union
		court parliament congress senate army navy police exchange securities times post news airlines
		airways motors institute foundation church office service authority board assembly league club team
		company industries holdings partners capital bancorp insurance media network channel press journal
		gazette herald tribune telegraph guardian chronicle agency force forces guard corps cabinet
		government administration command school college academy hospital centre center trust alliance
		coalition movement front brigade brigades commission tribunal council bureau programme program
		society unit station observatory software systems technologies technology electric electronics
		pharmaceuticals pharma foods stores resources communications telecom telecommunications financial
		entertainment studios records labs laboratories solutions services enterprises ventures petroleum
		oil gas steel chemicals automotive aerospace logistics shipping mining instruments brewery motor
		railways railway airport port hotel hotels restaurant magazine review gallery museum cup
		builders construction associates brothers developers homes realty properties energy power utilities
		championship championships games olympics expo festival prize award awards series trophy
		tournament marathon open`)
	addWords(fPlaceCue, `island islands province region river valley mountains mountain sea bay lake strait
		peninsula desert canal county district city square avenue bridge coast heights plateau basin
		highlands delta falls prefecture oblast governorate territory territories`)
	addWords(fPlaceStart, "mount mt lake cape port fort saint san santa gulf bay sea river east west north south central upper lower greater eastern western northern southern")
	// Words in both the modal and name worlds are still function words.
	for w, f := range lex {
		if f&(fAux|fPrep|fDet|fPron|fConj|fSub|fAdv|fNeg) != 0 {
			lex[w] = f | fFunc
		}
	}
}

// addVerb records a verb's base, third-person, past, participle and -ing
// forms.
func addVerb(base, past, part string) {
	lex[base] |= fBase | fPres
	lex[thirdPerson(base)] |= fPres
	lex[past] |= fPast
	lex[part] |= fPart
	lex[ingForm(base)] |= fIng
}

func thirdPerson(b string) string {
	switch {
	case b == "be":
		return "is"
	case b == "have":
		return "has"
	case strings.HasSuffix(b, "y") && len(b) > 1 && !isVowel(b[len(b)-2]):
		return b[:len(b)-1] + "ies"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") ||
		strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "o"):
		return b + "es"
	}
	return b + "s"
}

func ingForm(b string) string {
	switch {
	case strings.HasSuffix(b, "ie"):
		return b[:len(b)-2] + "ying"
	case strings.HasSuffix(b, "e") && !strings.HasSuffix(b, "ee") && len(b) > 2:
		return b[:len(b)-1] + "ing"
	}
	return b + "ing"
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// wordClass returns the classes of a lower-case word, guessing from its
// ending when the lexicon does not know it: -ed is a past form, -ing a
// participle, -ly an adverb.
func wordClass(w string) uint32 {
	if f, ok := lex[w]; ok {
		return f
	}
	n := len(w)
	switch {
	case n >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"):
		return fPast | fPart
	case n >= 6 && strings.HasSuffix(w, "ing"):
		return fIng
	case n >= 5 && strings.HasSuffix(w, "ly"):
		return fAdv | fFunc
	}
	return 0
}
