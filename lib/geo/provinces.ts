/**
 * Cambodia's 25 provinces (ISO 3166-2:KH codes), named in Khmer and English, each with the
 * centre point of its capital, used to place a tip when the resident picks an area.
 */
export interface Province {
  code: string;
  en: string;
  km: string;
  lat: number;
  lng: number;
}

export const PROVINCES: readonly Province[] = [
  { code: 'KH-1', en: 'Banteay Meanchey', km: 'បន្ទាយមានជ័យ', lat: 13.5859, lng: 102.9737 },
  { code: 'KH-2', en: 'Battambang', km: 'បាត់ដំបង', lat: 13.0957, lng: 103.2022 },
  { code: 'KH-3', en: 'Kampong Cham', km: 'កំពង់ចាម', lat: 11.9934, lng: 105.4635 },
  { code: 'KH-4', en: 'Kampong Chhnang', km: 'កំពង់ឆ្នាំង', lat: 12.2505, lng: 104.6659 },
  { code: 'KH-5', en: 'Kampong Speu', km: 'កំពង់ស្ពឺ', lat: 11.4533, lng: 104.5200 },
  { code: 'KH-6', en: 'Kampong Thom', km: 'កំពង់ធំ', lat: 12.7111, lng: 104.8887 },
  { code: 'KH-7', en: 'Kampot', km: 'កំពត', lat: 10.6104, lng: 104.1815 },
  { code: 'KH-8', en: 'Kandal', km: 'កណ្ដាល', lat: 11.4823, lng: 104.9445 },
  { code: 'KH-9', en: 'Koh Kong', km: 'កោះកុង', lat: 11.6153, lng: 102.9838 },
  { code: 'KH-10', en: 'Kratie', km: 'ក្រចេះ', lat: 12.4881, lng: 106.0188 },
  { code: 'KH-11', en: 'Mondulkiri', km: 'មណ្ឌលគិរី', lat: 12.4558, lng: 107.1881 },
  { code: 'KH-12', en: 'Phnom Penh', km: 'ភ្នំពេញ', lat: 11.5564, lng: 104.9282 },
  { code: 'KH-13', en: 'Preah Vihear', km: 'ព្រះវិហារ', lat: 13.8077, lng: 104.9803 },
  { code: 'KH-14', en: 'Prey Veng', km: 'ព្រៃវែង', lat: 11.4868, lng: 105.3253 },
  { code: 'KH-15', en: 'Pursat', km: 'ពោធិ៍សាត់', lat: 12.5388, lng: 103.9192 },
  { code: 'KH-16', en: 'Ratanakiri', km: 'រតនគិរី', lat: 13.7394, lng: 106.9873 },
  { code: 'KH-17', en: 'Siem Reap', km: 'សៀមរាប', lat: 13.3671, lng: 103.8448 },
  { code: 'KH-18', en: 'Preah Sihanouk', km: 'ព្រះសីហនុ', lat: 10.6253, lng: 103.5234 },
  { code: 'KH-19', en: 'Stung Treng', km: 'ស្ទឹងត្រែង', lat: 13.5259, lng: 105.9683 },
  { code: 'KH-20', en: 'Svay Rieng', km: 'ស្វាយរៀង', lat: 11.0879, lng: 105.7993 },
  { code: 'KH-21', en: 'Takeo', km: 'តាកែវ', lat: 10.9908, lng: 104.7850 },
  { code: 'KH-22', en: 'Oddar Meanchey', km: 'ឧត្ដរមានជ័យ', lat: 14.1818, lng: 103.5172 },
  { code: 'KH-23', en: 'Kep', km: 'កែប', lat: 10.4829, lng: 104.3167 },
  { code: 'KH-24', en: 'Pailin', km: 'ប៉ៃលិន', lat: 12.8489, lng: 102.6093 },
  { code: 'KH-25', en: 'Tbong Khmum', km: 'ត្បូងឃ្មុំ', lat: 11.9133, lng: 105.6502 },
];

const byCode = new Map(PROVINCES.map((province) => [province.code, province]));
export const provinceByCode = (code: string) => byCode.get(code);
export const PROVINCE_CODES = PROVINCES.map((province) => province.code) as [string, ...string[]];
