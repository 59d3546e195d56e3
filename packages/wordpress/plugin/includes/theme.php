<?php
/**
 * The site-wide theme: a built-in theme plus brand colours, checked for WCAG AA contrast with the
 * pairs and minimums of @clinic-ui/tokens (includes/generated/theme.php, written by the build), and
 * printed as a stylesheet file in the uploads folder, never as inline style.
 *
 * Why a file: it is served by the web server like any stylesheet (no PHP per request, cacheable by
 * the browser and any CDN), and works under a Content-Security-Policy without 'unsafe-inline'. Its
 * name is a hash of its content, so a change of settings gets a new URL and no stale copy is served.
 *
 * @package ClinicUiBlocks
 */

defined( 'ABSPATH' ) || exit;

/** The option holding the site theme: array{ theme: string, colors: array<string, string> }. */
const CLINIC_UI_BLOCKS_THEME_OPTION = 'clinic_ui_blocks_theme';

/**
 * The generated theme data: built-in themes, brand colours, contrast pairs.
 *
 * @return array{default: string, names: string[], auto: array{name: string, light: string, dark: string}, themes: array<string, array{colors: array<string, string>, css: array<string, string>}>, brand_colors: array<string, string>, pairs: array<int, array{foreground: string, background: string, minimum: float|int, usage: string}>}
 */
function clinic_ui_blocks_theme_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require CLINIC_UI_BLOCKS_DIR . '/includes/generated/theme.php';
	}
	return $data;
}

/**
 * The saved site theme, completed with defaults.
 *
 * @return array{theme: string, colors: array<string, string>}
 */
function clinic_ui_blocks_site_theme() {
	$data  = clinic_ui_blocks_theme_data();
	$saved = get_option( CLINIC_UI_BLOCKS_THEME_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	$theme = isset( $saved['theme'] ) && in_array( $saved['theme'], $data['names'], true ) ? $saved['theme'] : $data['default'];
	$colors = array();
	foreach ( array_keys( $data['brand_colors'] ) as $token ) {
		$value = isset( $saved['colors'][ $token ] ) ? sanitize_hex_color( $saved['colors'][ $token ] ) : '';
		if ( $value ) {
			$colors[ $token ] = strtolower( $value );
		}
	}
	return array(
		'theme'  => $theme,
		'colors' => $colors,
	);
}

/**
 * The relative luminance of an sRGB hex colour, as WCAG 2.1 defines it.
 *
 * @param string $hex #rgb or #rrggbb.
 * @return float
 */
function clinic_ui_blocks_luminance( $hex ) {
	$hex = ltrim( $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	$linear = array();
	foreach ( str_split( $hex, 2 ) as $channel ) {
		$value    = hexdec( $channel ) / 255;
		$linear[] = $value <= 0.04045 ? $value / 12.92 : pow( ( $value + 0.055 ) / 1.055, 2.4 );
	}
	return 0.2126 * $linear[0] + 0.7152 * $linear[1] + 0.0722 * $linear[2];
}

/**
 * The WCAG 2.1 contrast ratio of two opaque hex colours, from 1 to 21.
 *
 * @param string $foreground #rgb or #rrggbb.
 * @param string $background #rgb or #rrggbb.
 * @return float
 */
function clinic_ui_blocks_contrast_ratio( $foreground, $background ) {
	$a = clinic_ui_blocks_luminance( $foreground );
	$b = clinic_ui_blocks_luminance( $background );
	return ( max( $a, $b ) + 0.05 ) / ( min( $a, $b ) + 0.05 );
}

/**
 * The built-in themes whose colours the brand colours are drawn over: one, or both of `auto`'s.
 *
 * @param string $theme A theme name of the settings.
 * @return string[]
 */
function clinic_ui_blocks_base_themes( $theme ) {
	$data = clinic_ui_blocks_theme_data();
	return $data['auto']['name'] === $theme ? array( $data['auto']['light'], $data['auto']['dark'] ) : array( $theme );
}

/**
 * Measures every contrast pair of a theme with brand colours over it, as createClinicTheme does.
 *
 * @param string               $theme  A theme name of the settings (a built-in theme or auto).
 * @param array<string,string> $colors Brand colours by token.
 * @return array<int, array{base: string, foreground: string, background: string, minimum: float, ratio: float, passes: bool, usage: string}>
 */
function clinic_ui_blocks_check_contrast( $theme, $colors ) {
	$data    = clinic_ui_blocks_theme_data();
	$results = array();
	foreach ( clinic_ui_blocks_base_themes( $theme ) as $base ) {
		$palette = array_merge( $data['themes'][ $base ]['colors'], $colors );
		foreach ( $data['pairs'] as $pair ) {
			$ratio     = clinic_ui_blocks_contrast_ratio( $palette[ $pair['foreground'] ], $palette[ $pair['background'] ] );
			$results[] = array(
				'base'       => $base,
				'foreground' => $pair['foreground'],
				'background' => $pair['background'],
				'minimum'    => (float) $pair['minimum'],
				'ratio'      => $ratio,
				'passes'     => $ratio >= $pair['minimum'],
				'usage'      => $pair['usage'],
			);
		}
	}
	return $results;
}

/**
 * One result as createClinicTheme's message words it: `brand on surface: 2.10:1 (needs 4.5:1)`.
 *
 * @param array $result A result of clinic_ui_blocks_check_contrast().
 * @return string
 */
function clinic_ui_blocks_describe_contrast( $result ) {
	return sprintf(
		'%1$s on %2$s: %3$s:1 (needs %4$s:1)',
		$result['foreground'],
		$result['background'],
		number_format( $result['ratio'], 2, '.', '' ),
		rtrim( rtrim( number_format( $result['minimum'], 2, '.', '' ), '0' ), '.' )
	);
}

/**
 * The site stylesheet for a theme and brand colours: custom properties on :root, which the
 * elements inherit (a `theme` attribute on one element still wins). Empty for the default theme
 * without brand colours.
 *
 * @param array{theme: string, colors: array<string, string>} $site The site theme.
 * @return string
 */
function clinic_ui_blocks_theme_css( $site ) {
	$data  = clinic_ui_blocks_theme_data();
	$block = function ( $properties ) {
		$lines = array();
		foreach ( $properties as $property => $value ) {
			$lines[] = "\t" . $property . ': ' . $value . ';';
		}
		return ":root {\n" . implode( "\n", $lines ) . "\n}\n";
	};
	$brand = array();
	foreach ( $site['colors'] as $token => $value ) {
		$brand[ $data['brand_colors'][ $token ] ] = $value;
	}
	$css = '';
	if ( $data['auto']['name'] === $site['theme'] ) {
		$light = $data['themes'][ $data['auto']['light'] ]['css'];
		$dark  = $data['themes'][ $data['auto']['dark'] ]['css'];
		if ( $light ) {
			$css .= $block( $light );
		}
		$css .= "@media (prefers-color-scheme: dark) {\n" . $block( $dark ) . "}\n";
	} elseif ( $data['themes'][ $site['theme'] ]['css'] ) {
		$css .= $block( $data['themes'][ $site['theme'] ]['css'] );
	}
	// After the theme (and its dark-scheme rule), so the brand colours win in both schemes.
	if ( $brand ) {
		$css .= $block( $brand );
	}
	if ( '' === $css ) {
		return '';
	}
	return '/* Clinic UI Blocks: site theme "' . $site['theme'] . '", from Settings > Clinic UI. */' . "\n" . $css;
}

/**
 * The folder of the generated stylesheet (per site on multisite).
 *
 * @return array{dir: string, url: string}|null Null when uploads are unavailable.
 */
function clinic_ui_blocks_theme_folder() {
	$uploads = wp_upload_dir( null, false );
	if ( ! empty( $uploads['error'] ) ) {
		return null;
	}
	return array(
		'dir' => trailingslashit( $uploads['basedir'] ) . 'clinic-ui-blocks',
		'url' => set_url_scheme( trailingslashit( $uploads['baseurl'] ) . 'clinic-ui-blocks' ),
	);
}

/**
 * Writes the site stylesheet if it is not there yet (settings changed, or uploads were cleared
 * after a migration), removes older ones, and answers its URL.
 *
 * @return string|null|WP_Error The URL, null when the site needs none, an error when it cannot be written.
 */
function clinic_ui_blocks_theme_stylesheet() {
	$css = clinic_ui_blocks_theme_css( clinic_ui_blocks_site_theme() );
	if ( '' === $css ) {
		return null;
	}
	$folder = clinic_ui_blocks_theme_folder();
	if ( null === $folder ) {
		return new WP_Error( 'clinic_ui_blocks_uploads', __( 'The uploads folder is not available.', 'clinic-ui-blocks' ) );
	}
	$name = 'theme-' . substr( md5( $css ), 0, 12 ) . '.css';
	$path = $folder['dir'] . '/' . $name;
	if ( ! file_exists( $path ) ) {
		require_once ABSPATH . 'wp-admin/includes/class-wp-filesystem-base.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-filesystem-direct.php';
		// WP_Filesystem() defines these; the direct class alone does not.
		if ( ! defined( 'FS_CHMOD_DIR' ) ) {
			define( 'FS_CHMOD_DIR', ( fileperms( ABSPATH ) & 0777 | 0755 ) );
		}
		if ( ! defined( 'FS_CHMOD_FILE' ) ) {
			define( 'FS_CHMOD_FILE', ( fileperms( ABSPATH . 'index.php' ) & 0777 | 0644 ) );
		}
		$filesystem = new WP_Filesystem_Direct( null );
		if ( ! wp_mkdir_p( $folder['dir'] ) || ! $filesystem->put_contents( $path, $css, FS_CHMOD_FILE ) ) {
			return new WP_Error(
				'clinic_ui_blocks_write',
				/* translators: %s: a folder path. */
				sprintf( __( 'The theme stylesheet could not be written to %s.', 'clinic-ui-blocks' ), $folder['dir'] )
			);
		}
		foreach ( (array) glob( $folder['dir'] . '/theme-*.css' ) as $old ) {
			if ( $old !== $path ) {
				$filesystem->delete( $old );
			}
		}
	}
	return $folder['url'] . '/' . $name;
}

/**
 * Registers the 'clinic-ui-theme' style handle when the site has a theme stylesheet. No ?ver=:
 * the file name changes with its content.
 */
function clinic_ui_blocks_register_theme_style() {
	$url = clinic_ui_blocks_theme_stylesheet();
	if ( is_string( $url ) ) {
		wp_register_style( 'clinic-ui-theme', $url, array(), null ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}
}
add_action( 'init', 'clinic_ui_blocks_register_theme_style', 11 );
