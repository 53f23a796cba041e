/**
 * The words that mark each LSCPA step (module 05) and what modules 03 and 08 teach against, per
 * language. Plain patterns, so the checker runs in the page and can name the words that decided it.
 * Tuned on the development part of `content/roleplay-corpus/` only.
 */
export type CueKind =
  | 'listen'
  | 'sympathize'
  | 'confirm'
  | 'position'
  | 'affirm'
  | 'concession'
  | 'condition'
  | 'contradiction'
  | 'pressure'
  | 'dismiss'
  | 'retract';

export interface Cue {
  re: RegExp;
  weight: number;
}

export type CueTable = Record<CueKind, Cue[]>;

const cues = (weight: number, ...res: RegExp[]): Cue[] => res.map((re) => ({ re, weight }));

export const enCues: CueTable = {
  listen: [
    ...cues(1.5, /\bso (what|how|which)\b/),
    ...cues(2, /\b(could|can|would) you (tell|share|describe|walk|explain)\b/, /\btell me (a bit |a little )?more\b/,
      /\bgo on\b/, /\bi'?m listening\b/, /\bwould you mind\b/, /\bmay i ask\b/, /\bif you don'?t mind me asking\b/, /\band then what\b/),
    ...cues(1.5, /^(and )?(what|how|which|who|why|when)\b/, /[.,;:!] (and )?(what|how|which|who|why)\b[^.?!]*\?/),
    ...cues(1, /\bwhat (else|made|makes|would|does|do|did|happened|is|are)\b/, /\bhow (do|does|did|are|is|would|many|much)\b/, /\bwhich (part|features?|requirements?)\b/, /\bis there anything\b/),
  ],
  sympathize: [
    ...cues(2, /\bin your (place|position|shoes)\b/, /\bi can hear\b/, /\bmust have been\b/, /\bit'?s (only )?(normal|natural)\b/, /\breal(ly)? (pressure|worry|is a hassle)\b/, /\bno small thing\b/, /\bonly (right|natural)\b/, /\bi see what you mean\b/, /\bsays your team\b/),
    ...cues(2, /\bi (completely |totally |really |fully )?(understand|get it|get that|hear you|respect)\b/, /\bi can (see|understand)\b/,
      /\b(that'?s|it'?s) (completely |totally |very |a )?(understandable|reasonable|natural|fair concern|fair|a fair concern|a very reasonable)\b/, /\b(makes|make) (complete |total )?sense\b/, /\bfair enough\b/,
      /\bi appreciate\b/, /\bthank(s| you) for\b/, /\bi'?m sorry\b/, /^sorry\b/, /\bright to (be|want|push)\b/, /\bnobody (wants|likes)\b/, /\bno one wants\b/, /\bunderstandable\b/),
    ...cues(1, /\bcompletely understand\b/, /\btotally understand\b/, /\bof course\b/, /\bthat matters\b/, /\bsounds like\b/, /\bnatural to\b/, /\bimportant point\b/, /\bgood question\b/, /\bnot easy\b/, /\bi respect\b/),
  ],
  confirm: [
    ...cues(3, /\bas i understand it\b/),
    ...cues(3, /\bif i (understand|'?m hearing|'?ve got it)\b/, /\bif i understood\b/, /\blet me (make sure|check|repeat|summari[sz]e|sum up|play that back|see if i understood)\b/, /\bjust (to|so) (check|be clear|be sure|i'?m clear)\b/,
      /\bin other words\b/, /\bdid i (get|understand)\b/, /\bhave i got\b/, /\bi'?ve understood\b/, /\bto be sure i understand\b/),
    ...cues(2, /\bis that (right|correct|accurate|it|the concern|the situation|a fair summary|fair|how it works)\b/, /\b(correct|right)\?$/, /^so\b(?! (what|how|which|who|why|is there)\b)/, /\bso (it'?s|what you|you'?re|your|the|basically|it sounds)\b/, /\byou mentioned\b/, /\bsounds like\b/, /\bif i'?m\b/, /\bor (the|is it)\b[^?]*\?$/),
  ],
  position: [
    ...cues(2, /\b(cut|reduce|halve)[a-z]* [a-z -]*(time|cost|turnaround)\b/, /\b(built|designed) for\b/, /\brank first\b/, /\bindependent reviews\b/, /\bput you in touch\b/, /\bswitched to our\b/, /\bworked very well\b/, /\bsecond source\b/),
    ...cues(2, /\bwe (can|could|have|'?ve|'?ll|will|would|install)\b/, /\bi('ll| can| could| will|'d like to| would like to) (prepare|send|put|share|show|bring|draft|set up)\b/, /\blet me (show|send|draft|explain)\b/, /\bi'?d (suggest|like to bring)\b/,
      /\bpilot\b/, /\btrial\b/, /\broi\b/, /\bpay(s)? (for itself|back)\b/, /\bpayback\b/, /\breturn (on|is)\b/, /\btotal cost\b/, /\breference\b/, /\bcustomers? (of ours|in|near)\b/, /\bphase[ds]?\b/,
      /\bincludes?\b/, /\bincluded\b/, /\bhere (is|'?s)\b/, /\bwould it help if i\b/, /\bone option\b/, /\bsav(e|es|ing|ings)\b/, /\bcut (scrap|month|the rework)\b/, /\bautomat(es|ed|ically)\b/, /\bcomparison\b/, /\bour (team|contract|references|system|platform|engineers|alerts|roadmap)\b/, /\bconnector\b/),
    ...cues(1, /\d/, /\brmb\b/, /\bper cent\b|%/, /\bthe (system|mobile app|module|rollout|shift report|traceability module)\b/, /\boperators get\b/, /\bwaiting\b/, /\bplants? like yours\b/, /\ba dedicated\b/, /\bbook\b/),
  ],
  affirm: [
    ...cues(3, /\bthat answers\b/, /\bstill concerns? you\b/),
    ...cues(4, /\b(answer|settle|solve|address)[a-z]* (your|the) [a-z -]*concerns?\b/),
    ...cues(3, /: does (that|this)\b/),
    ...cues(3, /(^|[.,;] )(so )?does (that|this|the \w+( \w+)?) (answer|help|make|address|solve|fit|work|cover|seem|settle|ease|give)\b/, /\bdo (those|these) (figures|numbers)\b/, /\bhave i answered\b/, /\bdid i (address|answer)\b/, /\bis everything clear\b/,
      /\bhow does (that|this|a [a-z ]+) (sound|look)\b/, /\bare you (comfortable|happy|satisfied|ready)\b/, /\bwould (that|this|a [a-z ]+) (work|settle|help)\b/, /\bhow do you feel about\b/, /\b(shall|should) we\b/, /\bare we good\b/,
      /\bready to\b/, /\bis there anything (else|i haven'?t)\b/, /\bwill that\b/, /\bwould you (be open|like to go ahead|feel comfortable)\b/, /\bmove (ahead|forward)\b/, /\bgo ahead\b/, /\bwould it be useful\b/),
    ...cues(2, /\bis (that|this|the payback) (enough|what|clear|closer)\b/, /\bwork for (you|your)\b/, /\bsuit(s)? you\b/, /\bsound(s)? to you\b/, /\bstill (bothering|unclear|see)\b/, /\bmake sense for you\b/, /\bdoes that\b/, /\bdoes a\b/),
  ],
  concession: [
    ...cues(3, /\bapply for (rmb|a special|\d)/, /\bbring the price down\b/, /\brebate\b/, /\b\d+% off\b/),
    ...cues(3, /\bdiscount\b/, /\b\d+% off\b/, /\b(take|knock) [^.?!]*\boff\b/, /\bhalf off\b/, /\b(drop|cut|lower|reduce) the price\b/, /\bmatch (their|the) price\b/, /\bfor free\b/, /\bthrow in\b/, /\bgo lower\b/,
      /\bbeat their price\b/, /\bhow about \d/),
  ],
  condition: [
    ...cues(3, /\bif you (can )?(sign|pay|commit|order|can sign)\b/, /\bcommit to\b/, /\bprice (accordingly|adjusted)\b/),
  ],
  contradiction: [
    ...cues(4, /\bjust not correct\b/, /\byou'?re (wrong|mistaken)\b/, /\byou didn'?t use\b/, /^no,/,
      /\byou definitely need\b/, /\bdon'?t think that (feature )?matters\b/),
  ],
  pressure: [
    ...cues(3, /\b(send|prepare|get) (you )?the contract\b/, /\bcontract ready\b/, /\blet'?s sign\b/, /\bsign right after\b/, /\bwhy not (sign|take|give)\b/, /\bwhat are you waiting for\b/, /\bwhen (might|can|will) you (have|give)\b/, /\bour floor\b/, /\bformality\b/, /\bbound to be\b/, /\b(far|much) better than\b/, /\bno comparison\b/, /\bout of date\b/, /\bit'?s settled\b/),
    ...cues(3, /\bby friday\b/, /\bwill go up\b/, /\byou'?ll regret\b/, /\bsign (it )?(now|today)\b/, /\byou'?d better\b/, /\bfalling behind\b/,
      /\beveryone says that\b/, /\bnever a good time\b/, /\bpriority over\b/, /\bcan'?t you just\b/, /\btell him later\b/, /\bwon'?t ask questions\b/, /\bgo straight to\b/, /\bcontract today\b/, /\bhere is the contract\b/, /\bsign whenever\b/),
    ...cues(2, /\bcut corners\b/, /\bgoing out of business\b/, /\bmuch worse\b/, /\bbest in the market\b/, /\bnumber one\b/, /\bleads? the industry\b/, /\byou get what you pay for\b/, /\bwe'?re the best\b/,
      /\bthe best\b/, /\ball (our customers|end up)\b/, /\btrust me\b/, /\bcompetitors are all\b/, /\bmuch bigger\b/),
  ],
  retract: [
    ...cues(3, /\bforget the discount\b/, /\bshouldn'?t have (started with|offered) a discount\b/),
  ],
  dismiss: [
    ...cues(3, /\bour materials\b/, /\bdon'?t worry about the rollout\b/, /\blift a finger\b/),
    ...cues(3.5, /\bbrochure\b/, /\bcall me if\b/, /\bi'?ll call you\b/, /\bwhatever\b/, /\ball the same\b/,
      /\blet me finish\b/, /\bjust decide\b/, /\bwe'?ll build whatever\b/, /\bemail you our\b/),
  ],
};

export const zhCues: CueTable = {
  listen: [
    ...cues(2, /(先|请您)(说说|讲讲)/),
    ...cues(2, /(能|可以|方便)(具体|多)?(说说|讲讲|介绍|描述|聊聊|展开)/, /(多|再)(讲讲|说说|展开)/, /接着说/, /听着/, /请问/, /想听听/, /方便(问|说)/),
    ...cues(1.5, /(什么|怎么|哪些|哪一|哪里|哪个|为什么|谁|多少|如何处理|怎样|是怎么)/),
  ],
  sympathize: [
    ...cues(2, /(换成我|换作我|换了我)/, /听得出来/, /(揪心|难处)/, /说明[^。]*很好/, /(谨慎|小心)(是|也是)?(对的|应该的|正常的)/),
    ...cues(2, /(理解|明白)/, /(合理|有道理|合情合理)/, /尊重/, /(谢谢|感谢)/, /(抱歉|不好意思|道歉|道个歉)/, /(很正常|也正常|正常)/, /不容易/, /(认同|是对的|应该的|该做的)/, /谁都不/),
    ...cues(1, /(顾虑|担心|难处|压力)/, /确实/, /(很重要|挺累|太急)/),
  ],
  confirm: [
    ...cues(3, /我理解(有|是|的是)/, /是这[^。，]{0,4}吗[？?]?$/),
    ...cues(3, /我(想)?确认(一下|下)/, /如果我(没)?理解(得|的)?(对|没错)/, /理解(得|的)?(对吗|对不对|对了吗|没错吧|的对吗)/, /也就是说/, /换句话说/, /我复述/, /我总结/, /您的意思是/, /您刚才提到/, /我理解一下/, /如果我没理解错/),
    ...cues(2, /^所以/, /[。，；]所以/, /所以(您|你|对您|与其|最|主要|是)/, /(对吗|对吧|是吗|是这样吗|没错吧|是这个意思吗?|是这个情况吗?|是这个顾虑吗?)[？?]?$/, /^那(就是|主要)/, /听起来/, /还是[^？?]*[？?]$/),
  ],
  position: [
    ...cues(2, /(缩短|减少|降低|提高)[^。，]*(时间|成本|一半)/, /(设计的|评测|同价位第一|过硬|效果很好|第二货源|通个电话|一起去汇报)/),
    ...cues(2, /我们(可以|能|有|会|把|在|服务)/, /我(可以|把|来|给|想带|先把|用)/, /(试点|试用|案例|回报|回收|总拥有成本|节省|省出|参考客户|分阶段|分两年|诊断|工作坊|时间表|接口|网关|托管|专属|培训)/, /(包含|包括|覆盖)/, /建议/, /合同里/, /^这是/, /要不我/, /(锁定|保留)/),
    ...cues(1, /\d/, /[万%]/, /(系统|手机端|模块|上线|预警|迁移)/, /(一般|通常|大多数)/, /如果(您|你)?(预付|签|下单|这个月)/),
  ],
  affirm: [
    ...cues(4, /(解决|回答|打消)[^。？]*顾虑/),
    ...cues(3, /(回答了|解决了|满足|打消|放下|帮助|帮到)[^。]*(吗|？)/, /是否[^。]*(回答|解决|满意|清楚)/, /(回答|讲|说)(清楚|到)了吗/, /(满意|放心|可行|清楚|合理|有用)(吗|了吗)/, /(这样|这个|这笔|您看|您觉得)[^。，]*(怎么样|如何)[？?]?$/, /您看(可以|这样|怎么)/, /(可以|行|好)吗[？?]?$/,
      /还有(什么|哪些|没有|哪里)[^。]*(吗|地方|没)/, /愿意[^。]*吗/, /往下推进/, /够[^。]*吗/, /能(配合|回答|打消|满足|给)[^。]*吗/, /您觉得(可以|如何|怎么样|合理|有用|现在)/),
    ...cues(2, /是不是/, /这(样|个|些)[^。]*吗/, /了吗/),
  ],
  concession: [
    ...cues(3, /申请(\d|最优惠|个|一个特别)/, /返点/, /八五折/, /\d+万也可以谈/),
    ...cues(3, /(打折|折扣|打个折|[一二三四五六七八九]折|降价|特价|让利|再便宜|便宜(点|些|\d|15%)|降\d|降到|按那家的价格|免费(送|给您开发)|您说个价|按低的价格|比他们便宜)/),
  ],
  condition: [
    ...cues(3, /如果(您|你们?)?(能)?(预付|签|下单|承诺|这个月(下单|先签))/, /价格相应/),
  ],
  contradiction: [
    ...cues(4, /(这不对|不对[，,]|^不对|不是的|不是这样|搞错|说错|想错|不可能|方法不对|这说法不对|用不着|您肯定需要|明显已经)/),
  ],
  pressure: [
    ...cues(3, /(签吧|准备合同|发合同|签意向书|底线|犹豫什么|靠不住|什么时候能(给我)?(有)?答复|肯定满意|走个过场|比您现在的强|责任可就)/),
    ...cues(3, /(只到周五|本周就结束|赶紧|涨价|会后悔|今天就签|现在就签|不如现在|落后了|不然名额|看着办|都这么说|排在其他客户前面|自己定|回头再跟他说|直接去找|不会多问|合同在这|随时签|先把合同)/),
    ...cues(2, /(偷工减料|倒闭|太差|差多了|最好的|行业领先|行业第一|一分钱一分货|相信我|都买了|讲什么忠诚|都很喜欢|大得多|都有了)/),
  ],
  retract: [
    ...cues(3, /(不该|先放一边|先不谈)[^。]*(折扣|降价)/, /(折扣|降价)[^。]*(先放一边|不该)/),
  ],
  dismiss: [
    ...cues(3, /(有空再看看|随时联系我|资料发到您邮箱)/),
    ...cues(3.5, /(宣传册|新功能|看板|再给我打电话|再给您打电话|谢谢您的时间|随便|怎么方便怎么来|别操心|不重要|不纠结|告诉我一声|先听我|用起来就知道)/),
  ],
};
