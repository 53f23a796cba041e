/** China's seven sales regions and the provinces in each, to check that a regional breakdown does not count one place twice. */
export const CHINA_REGIONS: Record<string, readonly string[]> = {
  华东: ['上海', '江苏', '浙江', '安徽', '福建', '江西', '山东'],
  华南: ['广东', '广西', '海南'],
  华北: ['北京', '天津', '河北', '山西', '内蒙古'],
  华中: ['河南', '湖北', '湖南'],
  西南: ['重庆', '四川', '贵州', '云南', '西藏'],
  西北: ['陕西', '甘肃', '青海', '宁夏', '新疆'],
  东北: ['辽宁', '吉林', '黑龙江'],
};

/** The places a region name covers: a region covers itself and its provinces; a province, itself. */
export function placesOf(name: string): string[] {
  return [name, ...(CHINA_REGIONS[name] ?? [])];
}

export const knownPlace = (name: string) => name in CHINA_REGIONS || Object.values(CHINA_REGIONS).some((p) => p.includes(name));
