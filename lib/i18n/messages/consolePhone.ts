/** The console on a phone: the menu, folded filters and their chips, typed dates (issue 13). */
export default {
  en: {
    menu: 'Menu',
    filters: 'Filters',
    filtersActive: 'Filters ({count} on)',
    activeFilters: 'Filters in use',
    removeFilter: 'Remove filter: {label}',
    dateHint: 'Day/month/year, e.g. 31/12/2026',
    dateInvalid: 'Enter a real date as day/month/year, e.g. 31/12/2026.',
    yes: 'yes',
  },
  km: {
    menu: 'ម៉ឺនុយ',
    filters: 'តម្រង',
    filtersActive: 'តម្រង (កំពុងប្រើ {count})',
    activeFilters: 'តម្រងដែលកំពុងប្រើ',
    removeFilter: 'ដកតម្រងចេញ៖ {label}',
    dateHint: 'ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ 31/12/2026',
    dateInvalid: 'សូមបញ្ចូលកាលបរិច្ឆេទពិតប្រាកដជា ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ 31/12/2026។',
    yes: 'បាទ/ចាស',
  },
};
