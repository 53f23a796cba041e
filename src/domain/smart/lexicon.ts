import type { Locale, MetricKind } from './types';

/** Words that name what a goal measures, most specific first. "业绩" and "performance" are too vague to count. */
export const METRICS: Record<Locale, [RegExp, MetricKind][]> = {
  'zh-CN': [
    [/市场份额|市场占有率|占有率|份额/, 'marketShare'],
    [/毛利率|利润率|毛利|净利率/, 'margin'],
    [/流失率|客户流失|流失/, 'churn'],
    [/续约率|续费率|留存率|复购率|客户保留率/, 'retention'],
    [/转化率|赢单率|成交率/, 'conversion'],
    [/净利润|利润/, 'profit'],
    [/费用|成本|开支|支出/, 'cost'],
    // A money amount of deals is revenue, even when the deals are with new customers (新客户签约额).
    [/签约额|合同额|成交额|签单金额|签单额|销售额|销售收入|营业收入|营收|营业额|回款|销售业绩额/, 'revenue'],
    [/新客户|新增客户|新签客户|获客|(?:新开发|新增|新签|签约|开发|拓展|开拓).{0,14}客户/, 'newCustomers'],
    [/销量|销售量|出货量|装机量|(?:销售|卖出|售出|出货|交付)\s*\d[\d,.]*\s*[万千百]?\s*(?:台|套|件|个|部|辆|份)|(?:销售|卖出|售出)[一二两三四五六七八九十百千万]+(?:台|套|件|个|部|辆|份)/, 'units'],
    [/收入/, 'revenue'],
    [/客户数|客户数量|活跃客户/, 'customers'],
    [/订单|签约|成交单/, 'orders'],
  ],
  en: [
    [/\bmarket\s+share\b|\bshare\s+of\s+(?:the\s+)?market\b/i, 'marketShare'],
    [/\b(?:gross\s+|net\s+|profit\s+)?margins?\b/i, 'margin'],
    [/\bchurn\b|\battrition\b/i, 'churn'],
    [/\b(?:renewal|retention|repeat[-\s]purchase)\s+rates?\b|\bretain\b|\brenewals?\b/i, 'retention'],
    [/\b(?:conversion|win|close)\s+rates?\b/i, 'conversion'],
    [/\b(?:net\s+|gross\s+)?profits?\b/i, 'profit'],
    [/\bcosts?\b|\bexpenses?\b|\bspend(?:ing)?\b/i, 'cost'],
    // A money amount of deals is revenue, even when the deals are with new customers.
    [/\b(?:revenue|turnover|bookings|billings|income|contract\s+value|deal\s+value|order\s+value)\b/i, 'revenue'],
    [/\bnew[-\s](?:\w+\s+){0,2}(?:customers?|clients?|accounts?|logos?)\b|\b(?:win|sign|acquire|add|land)\s+(?:\d[\d,]*\s+)?(?:new\s+)?(?:\w+\s+){0,2}(?:customers?|clients?|accounts?)\b/i, 'newCustomers'],
    // "sell 5,000 smart air conditioners": a count of things sold is units, whatever the things are called.
    [/\bunits?\s+sold\b|\b(?:sell|ship|deliver|install)\s+\d[\d,.]*\s*(?:k\s+|thousand\s+|million\s+)?(?!percent\b|more\b|%|yuan\b|dollars\b)[a-z]|\b\d[\d,]*\s+(?:\w+\s+){0,2}units\b/i, 'units'],
    [/\bsales\b/i, 'revenue'],
    [/\b(?:customers|clients|accounts)\b/i, 'customers'],
    [/\b(?:orders|deals|contracts)\b/i, 'orders'],
  ],
};

/** Words that say whose, which or where: a product, region, segment, channel, or the person or team. */
export const SCOPES: Record<Locale, RegExp> = {
  'zh-CN': new RegExp(
    [
      '[A-Z][A-Za-z0-9-]{0,12}\\s?(?:产品|系列|型号|型)',
      '(?:产品|型号)\\s?[A-Z0-9][A-Za-z0-9-]{0,12}',
      '新产品|新型设备|设备|软件|云服务|系统|解决方案|器械|医疗设备|SaaS|套餐|产品线|家电|手机|电子产品',
      '华东|华南|华北|华中|西南|西北|东北|全国|海外|国际|北京|上海|广州|深圳|杭州|成都|武汉|南京|苏州|重庆|天津|西安|广东|浙江|江苏|山东|四川|福建|河南|湖北|湖南|[\\u4e00-\\u9fa5]{2}(?:地区|区域|大区|片区|省)|华东区|华南区|华北区|西南区',
      '企业级|企业客户|中小企业|中小客户|大客户|重点客户|KA客户|政府|医院|学校|高校|零售商?|连锁|存量客户|老客户',
      '线上|线下|电商|渠道|门店|直销|分销|经销商|代理商',
      '我的|我们的|我们|我|本人|个人|团队|小组|部门|销售部|销售组',
    ].join('|'),
    'g',
  ),
  en: new RegExp(
    [
      '\\bproducts?\\s+[A-Z0-9][\\w-]{0,12}\\b',
      '\\b[A-Z][A-Z0-9-]{0,8}\\s+(?:products?|series|line|range)\\b',
      '\\b(?:new\\s+)?(?:equipment|software|devices?|machines|systems|solutions?|SaaS|subscriptions?|licen[cs]es|cloud\\s+services?|product\\s+lines?|smartphones|appliances)\\b',
      '\\b(?:East|South|North|Central|West|Southwest|Northwest|Northeast)(?:ern)?\\s+China\\b|\\b(?:Shanghai|Beijing|Guangzhou|Shenzhen|Hangzhou|Chengdu|Wuhan|Nanjing|Suzhou|Guangdong|Zhejiang|Jiangsu|Shandong|Sichuan|Asia|Europe|APAC|EMEA|North\\s+America|overseas)\\b|\\b(?:my|our|the)\\s+(?:region|territory)\\b',
      '\\b(?:enterprise|SMEs?|SMBs?|small\\s+business(?:es)?|mid-market|key\\s+accounts?|hospitals?|schools?|universities|government|retail(?:ers)?|existing\\s+customers)\\b',
      '\\b(?:online|offline|e-commerce|ecommerce|channel|distributors?|resellers?|partners?|stores?|direct\\s+sales)\\b',
      '\\b(?:I|my|our\\s+team|my\\s+team|the\\s+team|our\\s+(?:sales\\s+)?(?:team|group|department)|we)\\b',
    ].join('|'),
    'g',
  ),
};
