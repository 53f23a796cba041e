import type { GoalScenario } from './scenario';

/** Two virtual companies shaped like those in content/scenarios, for tests that need a company. */
export const cloud: GoalScenario = {
  id: 'cloud-software',
  year: 2027,
  marketGrowth: 0.25,
  priorities: {
    'zh-CN': ['企业级客户|企业级|企业客户|大客户', '中小企业|中小客户|SME|SMB', '云服务|云计算|云协同套件|协同套件', '华东'],
    en: ['enterprise customers|enterprise', 'SMEs|SME|SMBs|SMB|small businesses', 'cloud services|cloud collaboration suite|collaboration suite|cloud', 'East China'],
  },
  metrics: { revenue: 48_000_000, newCustomers: 35, retention: 0.85, marketShare: 0.08, margin: 0.62 },
  products: [
    { name: { 'zh-CN': '云协同套件', en: 'the cloud collaboration suite' }, aliases: { 'zh-CN': '协同套件|云协同', en: 'cloud collaboration suite|collaboration suite' }, weight: 7 },
    { name: { 'zh-CN': '中小企业版', en: 'the SME edition' }, aliases: { en: 'SME edition|SMB edition' }, weight: 3 },
  ],
  regions: [
    { name: { 'zh-CN': '华东', en: 'East China' }, weight: 5 },
    { name: { 'zh-CN': '华南', en: 'South China' }, weight: 3 },
    { name: { 'zh-CN': '华北', en: 'North China' }, weight: 2 },
  ],
};

export const medical: GoalScenario = {
  id: 'medical-devices',
  year: 2027,
  marketGrowth: 0.12,
  priorities: {
    'zh-CN': ['华东', '医院|医疗机构', '医疗设备|医疗器械|影像设备', '培训服务|培训'],
    en: ['East China', 'hospitals|hospital|medical institutions', 'medical equipment|medical devices|medical device|imaging equipment', 'training services|training'],
  },
  metrics: { revenue: 30_000_000, units: 400, marketShare: 0.08, margin: 0.45, newCustomers: 12, retention: 0.8 },
  products: [
    { name: { 'zh-CN': '医疗设备', en: 'medical equipment' }, aliases: { 'zh-CN': '医疗器械|影像设备', en: 'medical devices|medical device|imaging equipment' }, weight: 8 },
    { name: { 'zh-CN': '培训服务', en: 'training services' }, aliases: { 'zh-CN': '培训', en: 'training' }, weight: 2 },
  ],
  regions: [
    { name: { 'zh-CN': '上海', en: 'Shanghai' }, weight: 4 },
    { name: { 'zh-CN': '江苏', en: 'Jiangsu' }, weight: 3 },
    { name: { 'zh-CN': '浙江', en: 'Zhejiang' }, weight: 3 },
  ],
};
